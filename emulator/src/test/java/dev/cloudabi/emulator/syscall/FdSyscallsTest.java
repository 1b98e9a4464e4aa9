package dev.cloudabi.emulator.syscall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.abi.MaxRights;
import dev.cloudabi.emulator.abi.Right;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.host.AmbientAuthority;
import dev.cloudabi.emulator.host.HostObjects;
import dev.cloudabi.emulator.host.HostOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Descriptor handlers against in-memory guest memory, without a CPU. */
class FdSyscallsTest {
  private static final long IOVS = TestProcess.DATA;
  private static final long BUF = TestProcess.DATA + 0x100;
  private static final long OUT = TestProcess.DATA + 0x800;

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  private InjectedFd stdout() {
    return InjectedFd.terminal(new HostOutputStream(captured, false));
  }

  private static void iovec(TestProcess p, int index, long buf, long len) {
    int w = p.arch.pointerSize();
    p.memory.writeWord(IOVS + (long) index * 2 * w, buf, w);
    p.memory.writeWord(IOVS + (long) index * 2 * w + w, len, w);
  }

  @Test
  void writeGathersEveryIovecInOrder() throws Exception {
    try (TestProcess p = new TestProcess(Arch.ARMV6, stdout())) {
      p.memory.writeBytes(BUF, "Hello, ".getBytes(StandardCharsets.US_ASCII));
      p.memory.writeBytes(BUF + 0x40, "world\n".getBytes(StandardCharsets.US_ASCII));
      iovec(p, 0, BUF, 7);
      iovec(p, 1, BUF + 0x40, 6);
      SyscallCall call = p.newCall();

      assertThat(p.call(call, "fd_write", 0, IOVS, 2, OUT)).isZero();

      assertThat(captured.toString(StandardCharsets.US_ASCII)).isEqualTo("Hello, world\n");
      assertThat(call.outputValue(3)).isEqualTo(13);
    }
  }

  @Test
  void writeWithoutTheRightIsNotCapable() throws Exception {
    try (TestProcess p =
        new TestProcess(
            Arch.X86_64,
            new InjectedFd(new HostOutputStream(captured, false), Right.FD_READ.bit(), 0))) {
      iovec(p, 0, BUF, 1);
      assertThatThrownBy(() -> p.call(p.newCall(), "fd_write", 0, IOVS, 1, OUT))
          .isInstanceOf(ErrnoException.class)
          .extracting(e -> ((ErrnoException) e).errno())
          .isEqualTo(Errno.ENOTCAPABLE);
    }
  }

  @Test
  void writeToAClosedDescriptorIsBadf() throws Exception {
    try (TestProcess p = new TestProcess(Arch.I686, stdout())) {
      assertThat(p.call(p.newCall(), "fd_close", 0)).isZero();
      assertThatThrownBy(() -> p.call(p.newCall(), "fd_write", 0, IOVS, 0, OUT))
          .extracting(e -> ((ErrnoException) e).errno())
          .isEqualTo(Errno.EBADF);
    }
  }

  @Test
  void writeFromUnmappedBufferFaults() throws Exception {
    try (TestProcess p = new TestProcess(Arch.AARCH64, stdout())) {
      iovec(p, 0, 0x9000_0000L, 4);
      assertThatThrownBy(() -> p.call(p.newCall(), "fd_write", 0, IOVS, 1, OUT))
          .extracting(e -> ((ErrnoException) e).errno())
          .isEqualTo(Errno.EFAULT);
      assertThat(captured.size()).isZero();
    }
  }

  @Test
  void statGetReportsTypeAndRights() throws Exception {
    try (TestProcess p = new TestProcess(Arch.X86_64, stdout())) {
      assertThat(p.call(p.newCall(), "fd_stat_get", 0, BUF)).isZero();
      assertThat(p.memory.readU8(BUF)).isEqualTo(FileType.CHARACTER_DEVICE.value());
      assertThat(p.memory.readU64(BUF + 8))
          .isEqualTo(MaxRights.TERMINAL.base() & ~Right.FD_READ.bit());
      assertThat(p.memory.readU64(BUF + 16)).isZero();
    }
  }

  @Test
  void rightsOnlyShrink() throws Exception {
    try (TestProcess p = new TestProcess(Arch.X86_64, stdout())) {
      p.memory.writeU64(BUF + 8, Right.FD_WRITE.bit());
      p.memory.writeU64(BUF + 16, 0);
      assertThat(p.call(p.newCall(), "fd_stat_put", 0, BUF, 2)).isZero();
      assertThat(p.fds.get(0, 0, 0).rightsBase()).isEqualTo(Right.FD_WRITE.bit());

      p.memory.writeU64(BUF + 8, Right.FD_WRITE.bit() | Right.FD_READ.bit());
      assertThatThrownBy(() -> p.call(p.newCall(), "fd_stat_put", 0, BUF, 2))
          .extracting(e -> ((ErrnoException) e).errno())
          .isEqualTo(Errno.ENOTCAPABLE);
      assertThat(p.call(p.newCall(), "fd_stat_put", 0, BUF, 3)).isEqualTo(Errno.EINVAL.value());
    }
  }

  @Test
  void dupAndReplaceShareTheObjectAndRights() throws Exception {
    try (TestProcess p = new TestProcess(Arch.ARMV6, stdout(), stdout())) {
      SyscallCall call = p.newCall();
      assertThat(p.call(call, "fd_dup", 0, OUT)).isZero();
      assertThat(call.outputValue(1)).isEqualTo(2);
      assertThat(p.call(p.newCall(), "fd_replace", 0, 1)).isZero();
      assertThat(p.fds.get(1, 0, 0).object()).isSameAs(p.fds.get(0, 0, 0).object());
      assertThatThrownBy(() -> p.call(p.newCall(), "fd_replace", 0, 9))
          .extracting(e -> ((ErrnoException) e).errno())
          .isEqualTo(Errno.EBADF);
    }
  }

  @Test
  void seekPreadAndPwriteOnARegularFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data.txt");
    Files.writeString(file, "0123456789");
    var object = HostObjects.openReadWrite(AmbientAuthority.forLauncher(), file);
    try (TestProcess p = new TestProcess(Arch.I686, InjectedFd.withMaxRights(object))) {
      SyscallCall call = p.newCall();
      assertThat(p.call(call, "fd_seek", 0, -3L, 2, OUT)).isZero();
      assertThat(call.outputValue(3)).isEqualTo(7);

      iovec(p, 0, BUF, 4);
      assertThat(p.call(call, "fd_pread", 0, IOVS, 1, 2, OUT)).isZero();
      assertThat(call.outputValue(4)).isEqualTo(4);
      assertThat(p.memory.readString(BUF, 4)).isEqualTo("2345");

      p.memory.writeBytes(BUF, "ab".getBytes(StandardCharsets.US_ASCII));
      iovec(p, 0, BUF, 2);
      assertThat(p.call(call, "fd_pwrite", 0, IOVS, 1, 8, OUT)).isZero();
      assertThat(Files.readString(file)).isEqualTo("01234567ab");

      assertThat(p.call(call, "fd_seek", 0, 0, 1, OUT)).isZero();
      assertThat(call.outputValue(3)).as("pread/pwrite leave the offset").isEqualTo(7);
      assertThat(p.call(call, "fd_seek", 0, 0, 9, OUT)).isEqualTo(Errno.EINVAL.value());
      assertThat(p.call(call, "fd_pread", 0, IOVS, 0, 0, OUT)).isEqualTo(Errno.EINVAL.value());
    }
  }

  @Test
  void seekOnAStreamIsSpipe() throws Exception {
    try (TestProcess p =
        new TestProcess(
            Arch.X86_64,
            new InjectedFd(new HostOutputStream(captured, false), MaxRights.ALL.base(), 0))) {
      assertThat(p.call(p.newCall(), "fd_seek", 0, 5, 3, OUT)).isEqualTo(Errno.ESPIPE.value());
    }
  }
}
