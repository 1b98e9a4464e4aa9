package dev.cloudabi.app;

import static org.assertj.core.api.Assumptions.assumeThat;

import dev.cloudabi.app.binary.BinaryDocument;
import dev.cloudabi.app.binary.BinaryLoader;
import dev.cloudabi.app.events.EventBus;
import dev.cloudabi.app.inspector.InspectorContext;
import dev.cloudabi.app.inspector.InspectorState;
import dev.cloudabi.app.services.DisassemblerService;
import dev.cloudabi.app.services.EmulatorSyscalls;
import dev.cloudabi.app.services.Services;
import dev.cloudabi.app.tasks.BackgroundTasks;
import dev.cloudabi.app.tasks.Progress;
import dev.cloudabi.elf.ElfParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;

/** The prebuilt examples of resources/examples, loaded as the app loads them. */
public final class TestBinaries {
  public static final DisassemblerService DISASSEMBLER = new DisassemblerService();

  private TestBinaries() {}

  public static Path example(String name, String arch) {
    Path path =
        Path.of("..", "resources", "examples", name, "prebuilt", arch, name)
            .toAbsolutePath()
            .normalize();
    assumeThat(Files.isRegularFile(path)).as("example " + path).isTrue();
    return path;
  }

  public static BinaryDocument load(Path path) throws Exception {
    return new BinaryLoader(ElfParseLimits.defaults(), DISASSEMBLER::get)
        .load(path, Progress.none());
  }

  public static InspectorContext context(Path path) throws Exception {
    return new InspectorContext(
        load(path),
        new InspectorState(),
        new EventBus<>(),
        new Services(new BackgroundTasks(), DISASSEMBLER, EmulatorSyscalls.fromEmulator()));
  }
}
