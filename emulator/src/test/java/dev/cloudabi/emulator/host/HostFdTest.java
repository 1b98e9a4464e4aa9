package dev.cloudabi.emulator.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host descriptor in use by one guest thread survives another thread's close until released. */
class HostFdTest {
  @Test
  void closeWaitsForLeases(@TempDir Path temp) {
    int fd = Libc.openat(Libc.AT_FDCWD, temp.toString(), Libc.O_RDONLY | Libc.O_DIRECTORY, 0);
    assertThat(fd).isNotNegative();
    HostFd handle = new HostFd(fd);
    HostFd.Lease lease = handle.lease();
    handle.close();
    assertThat(HostStat.stat(lease.fd(), "").inode()).as("still open while leased").isPositive();
    assertThatThrownBy(handle::lease)
        .isInstanceOfSatisfying(
            ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EBADF));
    lease.close();
    assertThatThrownBy(() -> HostStat.stat(fd, ""))
        .isInstanceOfSatisfying(
            ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EBADF));
  }
}
