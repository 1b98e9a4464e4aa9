package dev.cloudabi.emulator.capstone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfParseLimits;
import dev.cloudabi.elf.analysis.SyscallAnalyzer;
import dev.cloudabi.elf.analysis.SyscallImports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The syscall-import analysis end to end with Capstone, on programs clang builds per target. */
class CapstoneSyscallAnalysisTest {
  /** cloudlibc's scheme in miniature: a name table, a slot table, wrappers, three reached. */
  private static final String PROGRAM =
      """
      #define SYSCALLS(X) X(clock_time_get) X(fd_read) X(fd_write) X(mem_map) X(proc_exit) X(random_get)
      typedef long (*syscall_t)(long);
      #define SLOT(n) SLOT_##n,
      enum { SYSCALLS(SLOT) SLOT_COUNT };
      #define NAME(n) #n "\\0"
      static const char names[] = SYSCALLS(NAME);
      static syscall_t table[SLOT_COUNT];
      #define WRAPPER(n) __attribute__((noinline)) long cloudabi_sys_##n(long a) { return table[SLOT_##n](a); }
      SYSCALLS(WRAPPER)
      static long enosys(long a) { return 52; }
      __attribute__((noinline)) static void bind(const char *p) {
        for (int i = 0; i < SLOT_COUNT; ++i) { table[i] = enosys; while (*p) ++p; ++p; }
      }
      #ifdef __arm__
      void *__aeabi_read_tp(void) { return 0; }
      #endif
      void _start(void) {
        bind(names);
        cloudabi_sys_fd_write(cloudabi_sys_clock_time_get(0));
        cloudabi_sys_proc_exit(0);
        for (;;) {}
      }
      """;

  @TempDir static Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x86_64-unknown-cloudabi",
        "aarch64-unknown-cloudabi",
        "i686-unknown-cloudabi",
        "armv6-unknown-cloudabi-eabihf"
      })
  void theWrappersReachedFromCodeAreFoundWithCapstone(String target) throws Exception {
    ElfFile elf = ElfFile.parse(build(target), ElfParseLimits.defaults());

    SyscallImports imports = SyscallAnalyzer.analyze(elf, Optional.of(CapstoneDisassembler.load()));

    assertThat(imports.carried().table().orElseThrow().names())
        .containsExactly(
            "clock_time_get", "fd_read", "fd_write", "mem_map", "proc_exit", "random_get");
    assertThat(imports.wrappers()).hasSize(6);
    assertThat(imports.reached()).contains(List.of("clock_time_get", "fd_write", "proc_exit"));
  }

  /** cloudlibc of 2016-2017: an exported slot table and inline wrappers, no wrapper symbols. */
  private static final String SLOT_TABLE_PROGRAM =
      """
      #define SYSCALLS(X) X(clock_time_get) X(fd_read) X(fd_write) X(mem_map) X(proc_exit) X(random_get)
      typedef long (*syscall_t)(long);
      #define NAME(n) #n "\\0"
      static const char names[] = SYSCALLS(NAME);
      #define MEMBER(n) syscall_t n;
      struct table { SYSCALLS(MEMBER) };
      struct table cloudabi_syscalls;
      #define WRAPPER(n) static inline long cloudabi_sys_##n(long a) { return cloudabi_syscalls.n(a); }
      SYSCALLS(WRAPPER)
      static long enosys(long a) { return 52; }
      __attribute__((noinline)) static void bind(const char *p) {
        syscall_t *slot = (syscall_t *)&cloudabi_syscalls;
        for (unsigned i = 0; i < 6; ++i) { slot[i] = enosys; while (*p) ++p; ++p; }
      }
      void _start(void) {
        bind(names);
        cloudabi_sys_fd_write(cloudabi_sys_clock_time_get(0));
        cloudabi_sys_proc_exit(0);
        for (;;) {}
      }
      """;

  @ParameterizedTest
  @ValueSource(
      strings = {"x86_64-unknown-cloudabi", "aarch64-unknown-cloudabi", "i686-unknown-cloudabi"})
  void callsThroughTheSlotTableAreFoundWithCapstone(String target) throws Exception {
    ElfFile elf =
        ElfFile.parse(build(target, SLOT_TABLE_PROGRAM, "slots"), ElfParseLimits.defaults());

    SyscallImports imports = SyscallAnalyzer.analyze(elf, Optional.of(CapstoneDisassembler.load()));

    assertThat(imports.wrappers()).isEmpty();
    assertThat(imports.reachedVia()).isEqualTo(SyscallImports.VIA_SLOT_TABLE);
    assertThat(imports.reached()).contains(List.of("clock_time_get", "fd_write", "proc_exit"));
  }

  private static Path build(String target) throws IOException, InterruptedException {
    return build(target, PROGRAM, "program");
  }

  private static Path build(String target, String program, String name)
      throws IOException, InterruptedException {
    Path source = dir.resolve(name + ".c");
    Files.writeString(source, program);
    Path out = dir.resolve(name + "-" + target + ".elf");
    Process clang =
        new ProcessBuilder(
                "clang-14",
                "--target=" + target,
                "-nostdlib",
                "-static",
                "-ffreestanding",
                "-fno-function-sections",
                "-fuse-ld=lld",
                "-O1",
                "-o",
                out.toString(),
                source.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(clang.getInputStream().readAllBytes());
    assertThat(clang.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(clang.exitValue()).as("clang-14 (run scripts/setup): " + log).isZero();
    return out;
  }
}
