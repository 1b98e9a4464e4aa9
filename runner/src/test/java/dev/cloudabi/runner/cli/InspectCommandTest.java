package dev.cloudabi.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.resources.Examples;
import dev.cloudabi.resources.GuestArch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
  private record Result(int status, String stdout, String stderr) {}

  private static Result inspect(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int status =
        CloudabiMain.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Path hello(Path dir, GuestArch arch) throws Exception {
    Path exe = dir.resolve("hello");
    Files.write(exe, Examples.fromClassPath().get("hello").binary(arch));
    return exe;
  }

  @Test
  void theTextReportShowsTheHeaderTheVerdictAndTheSyscallsReached(@TempDir Path dir)
      throws Exception {
    Result result = inspect("inspect", hello(dir, GuestArch.ARMV6).toString());

    assertThat(result.status()).isZero();
    assertThat(result.stdout())
        .contains("ET_EXEC", "EM_ARM", "ELFOSABI_CLOUDABI")
        .contains("CloudABI: RUNNABLE (armv6, FIXED_ADDRESS)")
        .contains("reached: fd_write proc_exit proc_raise");
  }

  @Test
  void theJsonReportHasTheDocumentedFormatAndVerdict(@TempDir Path dir) throws Exception {
    Result result = inspect("inspect", "--json", hello(dir, GuestArch.X86_64).toString());

    assertThat(result.status()).isZero();
    assertThat(result.stdout())
        .startsWith("{\"format\":\"cloudabi-elf-report/1\"")
        .contains("\"e_machine\":62", "\"type\":\"ET_DYN\"");
  }

  @Test
  void aFileThatIsNotElfIsRefusedByName(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("notes.txt"), "not an executable");

    Result result = inspect("inspect", text.toString());

    assertThat(result.status()).isEqualTo(InspectCommand.UNREADABLE);
    assertThat(result.stderr()).startsWith("cloudabi: " + text + ": not an ELF file");
  }

  @Test
  void aMissingFileIsRefusedByName() {
    Result result = inspect("inspect", "/nonexistent/prog");

    assertThat(result.status()).isEqualTo(InspectCommand.UNREADABLE);
    assertThat(result.stderr()).isEqualTo("cloudabi: /nonexistent/prog: no such file\n");
  }

  @Test
  void helpAndVersionGoToStandardOutput() {
    assertThat(inspect("--help").stdout()).startsWith("Usage: cloudabi [-hV] [COMMAND]");
    assertThat(inspect("inspect", "-h").stdout())
        .startsWith("Usage: cloudabi inspect [-hV] [--json] [--no-symbols] [--relocations] FILE");
    Result version = inspect("inspect", "--version");
    assertThat(version.status()).isZero();
    assertThat(version.stdout()).isEqualTo(Version.TEXT + "\n");
  }

  @Test
  void badArgumentsAreUsageErrorsNamingTheArgument() {
    Result unknown = inspect("inspect", "--bogus", "x");
    assertThat(unknown.status()).isEqualTo(CloudabiMain.USAGE);
    assertThat(unknown.stderr()).startsWith("Unknown option: '--bogus'\nUsage: cloudabi inspect");

    Result extra = inspect("inspect", "a", "b");
    assertThat(extra.status()).isEqualTo(CloudabiMain.USAGE);
    assertThat(extra.stderr()).startsWith("Unmatched argument at index 2: 'b'");

    assertThat(inspect("inspect").stderr()).startsWith("Missing required parameter: 'FILE'");
    assertThat(inspect().stderr()).startsWith("Missing required subcommand");
    assertThat(inspect("frobnicate").status()).isEqualTo(CloudabiMain.USAGE);
  }

  @Test
  void aFileNamedLikeAnOptionCanFollowTheDoubleDash() {
    Result result = inspect("inspect", "--", "--json");

    assertThat(result.status()).isEqualTo(InspectCommand.UNREADABLE);
    assertThat(result.stderr()).isEqualTo("cloudabi: --json: no such file\n");
  }
}
