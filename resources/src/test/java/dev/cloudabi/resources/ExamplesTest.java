package dev.cloudabi.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  @Test
  void classPathCatalogListsTheExamples() {
    Examples examples = Examples.fromClassPath();
    assertThat(examples.names())
        .contains("hello", "config_echo", "exit_code", "abort", "null_write")
        .isSorted();
    Example hello = examples.get("hello");
    assertThat(hello.manifest().exitStatus()).hasValue(0);
    assertThat(hello.manifest().stdoutMatch()).isEqualTo(StdoutMatch.EXACT);
    assertThat(hello.source()).contains("void program_main(const argdata_t *ad)");
    assertThat(hello.config()).startsWith("%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n");
    assertThat(new String(hello.expectedStdout(), StandardCharsets.UTF_8))
        .isEqualTo("Hello, world!\n");
    assertThat(hello.directory()).isEmpty();
    for (GuestArch arch : GuestArch.values()) {
      byte[] elf = hello.binary(arch);
      assertThat(elf).startsWith(0x7f, 'E', 'L', 'F');
      assertThat(elf[7]).as("EI_OSABI of %s", arch).isEqualTo((byte) 17);
    }
  }

  @Test
  void signalExamplesDeclareTheirSignal() {
    Examples examples = Examples.fromClassPath();
    assertThat(examples.get("abort").manifest().exitSignal()).hasValue("SIGABRT");
    assertThat(examples.get("null_write").manifest().exitSignal()).hasValue("SIGSEGV");
    assertThat(examples.get("exit_code").manifest().exitStatus()).hasValue(42);
  }

  @Test
  void unknownNamesAndFilesGiveClearErrors() {
    Examples examples = Examples.fromClassPath();
    assertThatThrownBy(() -> examples.get("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no example named 'nope'; known: [");
    assertThatThrownBy(() -> examples.get("hello").read("missing.txt"))
        .isInstanceOf(ExampleFormatException.class)
        .hasMessage(
            "class path resource dev/cloudabi/resources/examples/hello/missing.txt: not found");
    assertThatThrownBy(() -> examples.get("hello").read("../abort/abort.c"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkoutFolderMatchesTheClassPath() {
    Path dir = Examples.checkoutDirectory().orElseThrow();
    assertThat(dir.resolve("hello/hello.c")).isRegularFile();
    Examples onDisk = Examples.fromDirectory(dir);
    assertThat(onDisk.names()).isEqualTo(Examples.fromClassPath().names());
    Example hello = onDisk.get("hello");
    assertThat(hello.directory()).hasValue(dir.resolve("hello").toAbsolutePath().normalize());
    assertThat(hello.binaryPath(GuestArch.ARMV6).orElseThrow()).isRegularFile();
    assertThatThrownBy(() -> hello.read("missing.txt"))
        .isInstanceOf(ExampleFormatException.class)
        .hasMessageEndingWith("missing.txt: no such file");
  }

  @Test
  void brokenManifestOnDiskNamesTheFile(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Path demo = Files.createDirectories(tmp.resolve("demo"));
    Files.writeString(demo.resolve("example.properties"), "description=x\nstdout.match=exact\n");
    assertThatThrownBy(() -> Examples.fromDirectory(tmp))
        .isInstanceOf(ExampleFormatException.class)
        .hasMessage(
            demo
                + "/example.properties: give exactly one of exit.status and exit.signal (or neither with runs.forever=true)");
  }

  @Test
  void indexRejectsBadNames() {
    assertThat(Examples.parseIndex("# comment\nhello\n\nabort\n", "index"))
        .containsExactly("hello", "abort");
    assertThatThrownBy(() -> Examples.parseIndex("hello\nBad-Name\n", "index.txt"))
        .hasMessage("index.txt:2: not an example name: Bad-Name");
  }
}
