package dev.cloudabi.emulator.syscall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import org.junit.jupiter.api.Test;

/** Clock, random, process and memory handlers against in-memory guest memory. */
class OtherSyscallsTest {
  private static final long OUT = TestProcess.DATA + 0x800;

  private static Errno errnoOf(ThrowingCall call) {
    try {
      call.run();
    } catch (ErrnoException e) {
      return e.errno();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error");
  }

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void everyClockHasATimeAndAResolutionAndUnknownClocksAreInvalid() throws Exception {
    try (TestProcess p = new TestProcess(Arch.X86_64)) {
      SyscallCall call = p.newCall();
      for (int clock = 1; clock <= 4; clock++) {
        assertThat(p.call(call, "clock_time_get", clock, 0, OUT)).isZero();
        assertThat(call.outputValue(2)).isGreaterThanOrEqualTo(1_000_000);
        assertThat(p.call(call, "clock_res_get", clock, OUT)).isZero();
        assertThat(call.outputValue(1)).isPositive();
      }
      assertThat(p.call(call, "clock_time_get", 0, 0, OUT)).isEqualTo(Errno.EINVAL.value());
      assertThat(p.call(call, "clock_res_get", 5, OUT)).isEqualTo(Errno.EINVAL.value());
    }
  }

  @Test
  void randomGetFillsTheBufferAndFaultsOutsideMemory() throws Exception {
    try (TestProcess p = new TestProcess(Arch.ARMV6)) {
      assertThat(p.call(p.newCall(), "random_get", TestProcess.DATA, 10_000)).isZero();
      byte[] bytes = p.memory.readBytes(TestProcess.DATA, 10_000);
      assertThat(bytes).isNotEqualTo(new byte[10_000]);
      assertThat(errnoOf(() -> p.call(p.newCall(), "random_get", 0x1000, 16)))
          .isEqualTo(Errno.EFAULT);
    }
  }

  @Test
  void raiseTerminatesOnlyForTerminatingSignals() throws Exception {
    try (TestProcess p = new TestProcess(Arch.I686)) {
      assertThat(p.call(p.newCall(), "proc_raise", Signal.SIGCHLD.value())).isZero();
      assertThat(p.signal).isNull();
      assertThat(p.call(p.newCall(), "proc_raise", 0)).isEqualTo(Errno.EINVAL.value());
      assertThat(p.call(p.newCall(), "proc_raise", 27)).isEqualTo(Errno.EINVAL.value());
      assertThat(p.call(p.newCall(), "proc_raise", Signal.SIGABRT.value())).isZero();
      assertThat(p.signal).isEqualTo(Signal.SIGABRT);
    }
  }

  @Test
  void exitRecordsTheCode() throws Exception {
    try (TestProcess p = new TestProcess(Arch.AARCH64)) {
      p.call(p.newCall(), "proc_exit", 0xFFFF_FFFFL);
      assertThat(p.exitCode).isEqualTo(0xFFFF_FFFFL);
    }
  }

  @Test
  void anonymousMapProtectAndUnmap() throws Exception {
    try (TestProcess p = new TestProcess(Arch.X86_64)) {
      SyscallCall call = p.newCall();
      assertThat(p.call(call, "mem_map", 0, 10_000, 0x06, 0x05, 0xFFFF_FFFFL, 0, OUT)).isZero();
      long address = call.outputValue(6);
      assertThat(address).isEqualTo(0x1000_0000L);
      assertThat(p.memory.protectionAt(address)).isEqualTo(Prot.RW);
      assertThat(p.memory.isMapped(address, 3 * GuestMemory.PAGE_SIZE)).isTrue();

      assertThat(p.call(call, "mem_protect", address, 4096, 0x04)).isZero();
      assertThat(p.memory.protectionAt(address)).isEqualTo(Prot.READ);
      assertThat(p.call(call, "mem_unmap", address, 10_000)).isZero();
      assertThat(p.memory.isMapped(address, 1)).isFalse();
      assertThat(p.call(call, "mem_lock", address, 4096)).isEqualTo(Errno.ENOMEM.value());
    }
  }

  @Test
  void writableAndExecutableIsRefused() throws Exception {
    try (TestProcess p = new TestProcess(Arch.ARMV6)) {
      assertThat(
              errnoOf(
                  () -> p.call(p.newCall(), "mem_map", 0, 4096, 0x03, 0x05, 0xFFFF_FFFFL, 0, OUT)))
          .isEqualTo(Errno.ENOTSUP);
      assertThat(errnoOf(() -> p.call(p.newCall(), "mem_protect", TestProcess.DATA, 4096, 0x03)))
          .isEqualTo(Errno.ENOTSUP);
    }
  }

  @Test
  void mapFlagsAreValidated() throws Exception {
    try (TestProcess p = new TestProcess(Arch.I686)) {
      SyscallCall call = p.newCall();
      assertThat(p.call(call, "mem_map", 0, 4096, 0x04, 0x01 | 0x04 | 0x08, 0xFFFF_FFFFL, 0, OUT))
          .as("private and shared")
          .isEqualTo(Errno.EINVAL.value());
      assertThat(p.call(call, "mem_map", 0, 4096, 0x04, 0x05, 3, 0, OUT))
          .as("anonymous with an fd")
          .isEqualTo(Errno.EINVAL.value());
      assertThat(p.call(call, "mem_map", 0, 0, 0x04, 0x05, 0xFFFF_FFFFL, 0, OUT))
          .isEqualTo(Errno.EINVAL.value());
    }
  }

  @Test
  void fixedMappingReplacesWhatWasThere() throws Exception {
    try (TestProcess p = new TestProcess(Arch.AARCH64)) {
      p.memory.writeU32(TestProcess.DATA, 0xDEADBEEFL);
      SyscallCall call = p.newCall();
      assertThat(p.call(call, "mem_map", TestProcess.DATA, 4096, 0x04, 0x07, 0xFFFF_FFFFL, 0, OUT))
          .isZero();
      assertThat(call.outputValue(6)).isEqualTo(TestProcess.DATA);
      assertThat(p.memory.readU32(TestProcess.DATA)).as("fresh zero page").isZero();
      assertThat(p.memory.protectionAt(TestProcess.DATA)).isEqualTo(Prot.READ);
    }
  }

  @Test
  void mappingBeyondTheMemoryCapIsNomem() throws Exception {
    try (TestProcess p = new TestProcess(Arch.X86_64, 1L << 20)) {
      assertThat(
              errnoOf(
                  () ->
                      p.call(
                          p.newCall(), "mem_map", 0, 2L << 20, 0x06, 0x05, 0xFFFF_FFFFL, 0, OUT)))
          .isEqualTo(Errno.ENOMEM);
    }
  }

  @Test
  void syncAndAdviseValidateTheirFlags() throws Exception {
    try (TestProcess p = new TestProcess(Arch.X86_64)) {
      SyscallCall call = p.newCall();
      assertThat(p.call(call, "mem_sync", TestProcess.DATA, 4096, 0x01)).isZero();
      assertThat(p.call(call, "mem_sync", TestProcess.DATA, 4096, 0x05))
          .isEqualTo(Errno.EINVAL.value());
      assertThat(p.call(call, "mem_advise", TestProcess.DATA, 4096, 3)).isZero();
      assertThat(p.call(call, "mem_advise", TestProcess.DATA, 4096, 2))
          .isEqualTo(Errno.EINVAL.value());
      assertThat(p.call(call, "mem_unlock", TestProcess.DATA, 4096)).isZero();
    }
  }

  @Test
  void sharedWritableFileMappingsAreWrittenBackOnSyncAndUnmap(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("shared.bin");
    java.nio.file.Files.write(
        file, "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    var object =
        dev.cloudabi.emulator.host.HostObjects.openReadWrite(
            dev.cloudabi.emulator.host.AmbientAuthority.forLauncher(), file);
    try (TestProcess p =
        new TestProcess(Arch.X86_64, dev.cloudabi.emulator.fd.InjectedFd.withMaxRights(object))) {
      SyscallCall call = p.newCall();
      assertThat(p.call(call, "mem_map", 0, 16, 0x06, 0x08, 0, 0, OUT)).isZero();
      long address = call.outputValue(6);
      assertThat(p.memory.readString(address, 16)).isEqualTo("0123456789abcdef");

      p.memory.writeBytes(address + 2, "XY".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      assertThat(p.call(call, "mem_sync", address, 4096, 0x04)).isZero();
      assertThat(java.nio.file.Files.readString(file)).isEqualTo("01XY456789abcdef");

      p.memory.writeBytes(address + 15, "Z".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      assertThat(p.call(call, "mem_unmap", address, 4096)).isZero();
      assertThat(java.nio.file.Files.readString(file))
          .as("no growth past the mapped length")
          .isEqualTo("01XY456789abcdeZ");
    }
  }
}
