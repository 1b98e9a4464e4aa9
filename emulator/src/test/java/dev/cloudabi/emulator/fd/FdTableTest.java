package dev.cloudabi.emulator.fd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.Right;
import dev.cloudabi.emulator.host.HostOutputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The descriptor table as {@code get} sees it after each kind of change (get takes no lock). */
class FdTableTest {
  private static final long WRITE = Right.FD_WRITE.bit();

  private static StreamObject stream() {
    return new HostOutputStream(new ByteArrayOutputStream(), false);
  }

  private static FdTable table(StreamObject... streams) {
    return new FdTable(List.of(streams).stream().map(InjectedFd::terminal).toList());
  }

  private static Errno errnoOf(Runnable call) {
    try {
      call.run();
    } catch (ErrnoException e) {
      return e.errno();
    }
    throw new AssertionError("no ErrnoException");
  }

  @Test
  void aClosedDescriptorIsBadfAndItsNumberIsReusedFirst() throws Exception {
    StreamObject a = stream();
    StreamObject b = stream();
    FdTable fds = table(a, b);
    fds.close(0);
    assertThat(errnoOf(() -> fds.get(0, 0, 0))).isEqualTo(Errno.EBADF);
    assertThat(fds.dup(1)).isZero();
    assertThat(fds.get(0, WRITE, 0).object()).isSameAs(b);
  }

  @Test
  void replaceShowsTheSourceObjectUnderTheTargetNumber() throws Exception {
    StreamObject a = stream();
    StreamObject b = stream();
    FdTable fds = table(a, b);
    fds.replace(0, 1);
    assertThat(fds.get(1, 0, 0).object()).isSameAs(a);
  }

  @Test
  void restrictedRightsAreWhatTheNextGetChecks() {
    FdTable fds = table(stream());
    fds.restrict(0, 0, 0);
    assertThat(errnoOf(() -> fds.get(0, WRITE, 0))).isEqualTo(Errno.ENOTCAPABLE);
    assertThatThrownBy(() -> fds.restrict(0, WRITE, 0))
        .isInstanceOf(ErrnoException.class)
        .hasMessageContaining("can only be reduced");
  }

  @Test
  void aDescriptorInsertedOnAnotherThreadIsVisibleToGet() throws Exception {
    FdTable fds = table();
    StreamObject a = stream();
    int fd = CompletableFuture.supplyAsync(() -> fds.insert(new FdEntry(a, WRITE, 0, 0))).get();
    assertThat(fds.get(fd, WRITE, 0).object()).isSameAs(a);
  }
}
