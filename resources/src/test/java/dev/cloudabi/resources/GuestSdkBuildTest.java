package dev.cloudabi.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds the guest SDK and every example with clang-14/lld-14 into a temporary folder and checks
 * that the committed prebuilt binaries are byte-identical, that the SDK's host unit tests pass, and
 * what llvm-readelf-14/llvm-objdump-14 say about each binary. Skipped when the LLVM 14 tools are
 * not installed.
 */
class GuestSdkBuildTest {
  private static final List<String> TOOLS =
      List.of("make", "clang-14", "ld.lld-14", "llvm-ar-14", "llvm-readelf-14", "llvm-objdump-14");

  @TempDir static Path build;
  private static Path sdk;
  private static Path examples;

  @BeforeAll
  static void buildEverything() throws Exception {
    for (String tool : TOOLS) {
      assumeTrue(onPath(tool), tool + " is not installed");
    }
    examples = Examples.checkoutDirectory().orElseThrow();
    sdk = examples.resolveSibling("guest-sdk");
    Result result = run(List.of("make", "-C", sdk.toString(), "-j2", "BUILD=" + build, "all"));
    assertThat(result.exitCode()).as("make all:\n" + result.output()).isZero();
  }

  @Test
  void prebuiltBinariesEqualAFreshBuild() throws Exception {
    Result result =
        run(List.of("make", "-C", sdk.toString(), "-s", "BUILD=" + build, "check-prebuilt"));
    assertThat(result.exitCode()).as(result.output()).isZero();
    for (Example example : Examples.fromDirectory(examples).list()) {
      for (GuestArch arch : GuestArch.values()) {
        Path fresh =
            build
                .resolve(arch.dirName())
                .resolve("bin")
                .resolve(example.name())
                .resolve(example.name());
        assertThat(Files.readAllBytes(fresh))
            .as(example.name() + " " + arch)
            .isEqualTo(example.binary(arch));
      }
    }
  }

  @Test
  void hostUnitTestsOfThePureCPartsPass() throws Exception {
    Result result = run(List.of("make", "-C", sdk.toString(), "-s", "BUILD=" + build, "host-test"));
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output())
        .contains("fmt 0, argdata 0, heap 0, divide 0, vdso 0, convert 0 failures");
  }

  @Test
  void nativeBenchmarkBuildsPrintWhatTheGuestsMustPrint() throws Exception {
    Result made = run(List.of("make", "-C", sdk.toString(), "-s", "BUILD=" + build, "host-bench"));
    assertThat(made.exitCode()).as(made.output()).isZero();
    Examples all = Examples.fromDirectory(examples);
    Example sha = all.get("sha256");
    String size = yamlValue(sha.testConfig(), "size");
    Result shaRun = run(List.of(build.resolve("host/bench/sha256_host").toString(), size));
    assertThat(shaRun.output())
        .isEqualTo(new String(sha.testExpectedStdout(), StandardCharsets.UTF_8));
    Example bench = all.get("syscall_bench");
    Result benchRun =
        run(
            List.of(
                build.resolve("host/bench/syscall_bench_host").toString(),
                yamlValue(bench.testConfig(), "clock_calls"),
                yamlValue(bench.testConfig(), "write_calls")));
    assertThat(benchRun.output())
        .isEqualTo(new String(bench.testExpectedStdout(), StandardCharsets.UTF_8));
  }

  private static String yamlValue(String yaml, String key) {
    Matcher m = Pattern.compile("(?m)^" + key + ": (\\d+)$").matcher(yaml);
    assertThat(m.find()).as(key + " in " + yaml).isTrue();
    return m.group(1);
  }

  @Test
  void readelfAndObjdumpConfirmTheAbi() throws Exception {
    // One run of each tool over all binaries (one process per binary is slow).
    List<String> files = new ArrayList<>();
    List<String> whats = new ArrayList<>();
    List<GuestArch> archs = new ArrayList<>();
    for (Example example : Examples.fromDirectory(examples).list()) {
      for (GuestArch arch : GuestArch.values()) {
        files.add(example.binaryPath(arch).orElseThrow().toString());
        whats.add(example.name() + " " + arch);
        archs.add(arch);
      }
    }
    List<String> readelf =
        new ArrayList<>(List.of("llvm-readelf-14", "-h", "-l", "-d", "-r", "-s"));
    readelf.addAll(files);
    Map<String, String> headers = splitByFile(run(readelf).output(), Pattern.compile("File: (.+)"));
    // llvm-objdump mis-decodes files of one architecture after those of another: one run per
    // architecture.
    Map<String, String> code = new HashMap<>();
    for (GuestArch arch : GuestArch.values()) {
      List<String> objdump =
          new ArrayList<>(List.of("llvm-objdump-14", "-d", "--no-show-raw-insn"));
      for (int i = 0; i < files.size(); ++i) {
        if (archs.get(i) == arch) {
          objdump.add(files.get(i));
        }
      }
      code.putAll(splitByFile(run(objdump).output(), Pattern.compile("(/.+):\\s+file format .*")));
    }

    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < files.size(); ++i) {
      String what = whats.get(i);
      GuestArch arch = archs.get(i);
      String header = headers.getOrDefault(files.get(i), "");
      soft.assertThat(header).as(what).contains("OS/ABI:                            CloudABI");
      soft.assertThat(header)
          .as(what + " type")
          .contains(
              arch.positionIndependent()
                  ? "Type:                              DYN"
                  : "Type:                              EXEC");
      soft.assertThat(header).as(what + " static").doesNotContain("INTERP", "(NEEDED)");
      for (String line : header.split("\n")) {
        if (line.matches("^[0-9a-f]{8,16} .*R_[A-Z0-9_]+.*")) {
          soft.assertThat(line)
              .as(what + ": only relative relocations")
              .containsAnyOf("R_X86_64_RELATIVE", "R_AARCH64_RELATIVE");
        }
      }
      if (!arch.positionIndependent()) {
        soft.assertThat(header).as(what + " fixed address").doesNotContain("Relocation section");
      }
      soft.assertThat(header).as(what).contains(" _start", " program_main");
      Matcher entry = Pattern.compile("Entry point address:\\s+0x([0-9a-fA-F]+)").matcher(header);
      Matcher start =
          Pattern.compile("([0-9a-f]+)\\s+\\d+\\s+FUNC\\s+GLOBAL\\s+DEFAULT\\s+\\d+ _start\\n")
              .matcher(header);
      if (entry.find() && start.find()) {
        soft.assertThat(Long.parseLong(entry.group(1), 16))
            .as(what + ": e_entry is _start")
            .isEqualTo(Long.parseLong(start.group(1), 16));
      } else {
        soft.fail(what + ": entry point or _start not found in readelf output");
      }
      String disassembly = code.getOrDefault(files.get(i), "");
      soft.assertThat(disassembly).as(what + " disassembled").contains("<_start>:");
      soft.assertThat(disassembly)
          .as(what + ": no raw system call instruction")
          .doesNotContainPattern("\\s(syscall|sysenter|svc|swi)\\s")
          .doesNotContainPattern("\\sint\\s+\\$0x80");
    }
    soft.assertAll();
  }

  /**
   * Splits the output of a tool run over several files into one part per file; a part starts at a
   * line matching {@code marker}, whose first group is the file name.
   */
  static Map<String, String> splitByFile(String output, Pattern marker) {
    Map<String, String> parts = new HashMap<>();
    String current = null;
    StringBuilder text = new StringBuilder();
    for (String line : output.split("\n", -1)) {
      Matcher m = marker.matcher(line);
      if (m.matches()) {
        if (current != null) {
          parts.put(current, text.toString());
        }
        current = m.group(1).strip();
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    if (current != null) {
      parts.put(current, text.toString());
    }
    return parts;
  }

  record Result(int exitCode, String output) {}

  static Result run(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("guest-sdk", ".log");
    try {
      Process p =
          new ProcessBuilder(new ArrayList<>(command))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
