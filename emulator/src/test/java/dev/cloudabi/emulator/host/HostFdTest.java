package dev.cloudabi.emulator.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;
import dev.cloudabi.emulator.natives.PosixFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host descriptor in use by one guest thread survives another thread's close until released. */
class HostFdTest {
  @Test
  void closeWaitsForLeases(@TempDir Path temp) throws PosixException {
    int fd =
        PosixFiles.openat(
            PosixFiles.AT_FDCWD, temp.toString(), Posix.O_RDONLY | PosixFiles.O_DIRECTORY, 0);
    HostFd handle = new HostFd(fd);
    HostFd.Lease lease = handle.lease();
    handle.close();
    assertThat(HostStat.stat(lease.fd(), "").inode()).as("still open while leased").isPositive();
    assertThatThrownBy(handle::lease)
        .isInstanceOfSatisfying(
            ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EBADF));
    lease.close();
    assertThatThrownBy(() -> HostStat.stat(fd, ""))
        .isInstanceOfSatisfying(PosixException.class, e -> assertThat(e.name()).isEqualTo("EBADF"));
  }
}
