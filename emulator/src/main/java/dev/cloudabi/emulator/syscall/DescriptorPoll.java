package dev.cloudabi.emulator.syscall;

import static dev.cloudabi.emulator.abi.Right.POLL_FD_READWRITE;
import static dev.cloudabi.emulator.abi.Right.POLL_PROC_TERMINATE;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.fd.FileObject;
import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.natives.PosixException;
import dev.cloudabi.emulator.natives.PosixPoll;
import dev.cloudabi.emulator.sync.CpuRelease;
import dev.cloudabi.emulator.sync.Deadline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code poll} over clocks, descriptors and process subscriptions (ABI §12, forms 2 to 4), without
 * the reference emulator's limits: any number of clocks, relative or absolute. It returns at once
 * when something is ready or failed (a descriptor that is not open or lacks POLL_FD_READWRITE, a
 * lock subscription in the wrong place); otherwise it gives up the CPU and waits for the first host
 * descriptor to become ready or the earliest clock to pass, in slices so that the end of the run is
 * noticed.
 *
 * <p>Regular files are always ready (nbytes: what is left to read). Descriptors held as raw host
 * descriptors (pipes, sockets, terminals) are polled on the host, with {@code FIONREAD} for nbytes
 * and HANGUP when the peer is gone. Other streams cannot be polled and count as ready.
 */
final class DescriptorPoll {
  private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private DescriptorPoll() {}

  /** A subscription on a host descriptor. */
  private record Watched(Subscription.Fd subscription, int hostFd) {}

  static List<PollEvent> poll(SyscallCall call, List<Subscription> subscriptions) {
    return poll(call, subscriptions, Integer.MAX_VALUE);
  }

  /** At most {@code limit} events; blocks only when none would be returned at once. */
  static List<PollEvent> poll(SyscallCall call, List<Subscription> subscriptions, int limit) {
    List<PollEvent> events = new ArrayList<>();
    List<Watched> watched = new ArrayList<>();
    List<Subscription.Clock> clocks = new ArrayList<>();
    List<Deadline> deadlines = new ArrayList<>();
    for (Subscription subscription : subscriptions) {
      switch (subscription) {
        case Subscription.Clock c when !PollSyscalls.isSleepClock(c.clockId()) ->
            events.add(PollEvent.of(c, Errno.ENOTSUP.value()));
        case Subscription.Clock c -> {
          clocks.add(c);
          deadlines.add(
              Deadline.of(
                  call.process().resources().clock(), c.clockId(), c.timeout(), c.absolute()));
        }
        case Subscription.Fd f -> immediate(call, f, events, watched);
        case Subscription.ProcTerminate p -> events.add(PollEvent.of(p, procTerminate(call, p)));
        // Lock waits must come first, with at most one clock (IDL); elsewhere they are invalid.
        case Subscription.Lock l -> events.add(PollEvent.of(l, Errno.EINVAL.value()));
        case Subscription.Condvar c -> events.add(PollEvent.of(c, Errno.EINVAL.value()));
        case Subscription.Unknown u -> events.add(PollEvent.of(u, Errno.EINVAL.value()));
      }
    }
    collect(watched, clocks, deadlines, events, 0);
    if (events.isEmpty() && (!watched.isEmpty() || !clocks.isEmpty())) {
      waitForAny(call, watched, earliest(deadlines));
      collect(watched, clocks, deadlines, events, 0);
    }
    return events.size() > limit ? events.subList(0, limit) : events;
  }

  /** Regular files and failures give an event now; host descriptors are watched. */
  private static void immediate(
      SyscallCall call, Subscription.Fd f, List<PollEvent> events, List<Watched> watched) {
    GuestObject object;
    try {
      object = call.fds().get(f.fd(), POLL_FD_READWRITE.bit(), 0).object();
    } catch (ErrnoException e) {
      events.add(PollEvent.ready(f, 0, 0, e.errno().value()));
      return;
    }
    if (object instanceof FileObject file) {
      events.add(PollEvent.ready(f, f.type() == Subscription.FD_READ ? unread(file) : 0, 0, 0));
    } else if (object.hostDescriptor() >= 0) {
      watched.add(new Watched(f, object.hostDescriptor()));
    } else {
      events.add(PollEvent.ready(f, 0, 0, 0));
    }
  }

  private static long unread(FileObject file) {
    try {
      return Math.max(0, file.size() - file.position());
    } catch (IOException e) {
      return 0;
    }
  }

  /** There are no process descriptors ({@code proc_fork} is ENOSYS), so only errors remain. */
  private static int procTerminate(SyscallCall call, Subscription.ProcTerminate p) {
    try {
      call.fds().get(p.fd(), POLL_PROC_TERMINATE.bit(), 0);
      return Errno.EBADF.value();
    } catch (ErrnoException e) {
      return e.errno().value();
    }
  }

  /**
   * Adds events for ready host descriptors (waiting up to {@code timeoutMillis}) and due clocks.
   */
  private static void collect(
      List<Watched> watched,
      List<Subscription.Clock> clocks,
      List<Deadline> deadlines,
      List<PollEvent> events,
      int timeoutMillis) {
    if (!watched.isEmpty()) {
      short[] revents = pollHost(watched, timeoutMillis);
      for (int i = 0; i < watched.size(); i++) {
        PollEvent event = readiness(watched.get(i), revents[i]);
        if (event != null) {
          events.add(event);
        }
      }
    }
    for (int i = 0; i < clocks.size(); i++) {
      if (deadlines.get(i).remainingNanos() == 0) {
        events.add(PollEvent.of(clocks.get(i), 0));
      }
    }
  }

  private static short[] pollHost(List<Watched> watched, int timeoutMillis) {
    int n = watched.size();
    int[] fds = new int[n];
    short[] events = new short[n];
    short[] revents = new short[n];
    for (int i = 0; i < n; i++) {
      fds[i] = watched.get(i).hostFd();
      events[i] =
          watched.get(i).subscription().type() == Subscription.FD_READ
              ? PosixPoll.POLLIN
              : PosixPoll.POLLOUT;
    }
    try {
      PosixPoll.poll(fds, events, revents, timeoutMillis);
    } catch (PosixException e) {
      java.util.Arrays.fill(revents, PosixPoll.POLLERR);
    }
    return revents;
  }

  /** The event for a host descriptor's {@code revents}, or null when it is not ready. */
  private static PollEvent readiness(Watched w, short revents) {
    Subscription.Fd f = w.subscription();
    if ((revents & PosixPoll.POLLNVAL) != 0) {
      return PollEvent.ready(f, 0, 0, Errno.EBADF.value());
    }
    int flags = (revents & PosixPoll.POLLHUP) != 0 ? PollEvent.HANGUP : 0;
    if ((revents & PosixPoll.POLLERR) != 0 && flags == 0) {
      return PollEvent.ready(f, 0, 0, Errno.EIO.value());
    }
    if ((revents & (PosixPoll.POLLIN | PosixPoll.POLLOUT)) == 0 && flags == 0) {
      return null;
    }
    long nbytes = 0;
    if (f.type() == Subscription.FD_READ) {
      try {
        nbytes = PosixPoll.bytesReadable(w.hostFd());
      } catch (PosixException e) {
        nbytes = 0;
      }
    }
    return PollEvent.ready(f, nbytes, flags, 0);
  }

  private static Deadline earliest(List<Deadline> deadlines) {
    Deadline first = Deadline.NEVER;
    long left = Long.MAX_VALUE;
    for (Deadline deadline : deadlines) {
      long l = deadline.remainingNanos();
      if (l < left) {
        left = l;
        first = deadline;
      }
    }
    return first;
  }

  /** Without the CPU: until a watched descriptor is ready, the deadline passes, or the run ends. */
  private static void waitForAny(SyscallCall call, List<Watched> watched, Deadline deadline) {
    try (CpuRelease ignored = call.process().releaseCpu()) {
      while (!call.process().ending() && !Thread.currentThread().isInterrupted()) {
        long left = deadline.remainingNanos();
        if (left <= 0) {
          return;
        }
        long slice = Math.min(left, SLICE_NANOS);
        if (watched.isEmpty()) {
          TimeUnit.NANOSECONDS.sleep(slice);
        } else {
          // Round up: poll(2) counts milliseconds and must not wake before the deadline.
          int millis = (int) TimeUnit.NANOSECONDS.toMillis(slice + 999_999);
          short[] revents = pollHost(watched, millis);
          for (int i = 0; i < watched.size(); i++) {
            if (readiness(watched.get(i), revents[i]) != null) {
              return;
            }
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the run is ending; the caller's stop follows
    }
  }
}
