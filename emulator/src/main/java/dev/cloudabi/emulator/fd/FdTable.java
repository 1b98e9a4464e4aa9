package dev.cloudabi.emulator.fd;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.Right;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process's descriptor table. Rights are checked at one point, {@link #get}; rights only
 * shrink. Objects are reference counted across entries ({@code fd_dup}) and closed when the last
 * entry goes. New numbers are the lowest free (ABI §16 allows it). Thread-safe: changes are
 * serialised on the table; {@link #get}, which every descriptor call makes, reads an immutable
 * snapshot without taking the lock.
 */
public final class FdTable {
  private final List<FdEntry> entries = new ArrayList<>();
  private final Map<GuestObject, Integer> references = new IdentityHashMap<>();
  private volatile FdEntry[] snapshot = new FdEntry[0];

  /** Installs the launcher's descriptors at 0, 1, 2, …. */
  public FdTable(List<InjectedFd> injected) {
    for (InjectedFd fd : injected) {
      insert(
          new FdEntry(fd.object(), fd.rightsBase(), fd.rightsInheriting(), fd.object().fdFlags()));
    }
  }

  /** Makes the current entries visible to {@link #get}; called after every change. */
  private void publish() {
    snapshot = entries.toArray(FdEntry[]::new);
  }

  /**
   * The entry for {@code fd} if it has all {@code requiredBase} and {@code requiredInheriting}
   * rights: EBADF when not open, ENOTCAPABLE when a right is missing.
   */
  public FdEntry get(long fd, long requiredBase, long requiredInheriting) {
    FdEntry[] current = snapshot;
    FdEntry entry = fd >= 0 && fd < current.length ? current[(int) fd] : null;
    if (entry == null) {
      throw new ErrnoException(Errno.EBADF, "descriptor " + fd + " is not open");
    }
    if ((entry.rightsBase() & requiredBase) != requiredBase
        || (entry.rightsInheriting() & requiredInheriting) != requiredInheriting) {
      throw new ErrnoException(
          Errno.ENOTCAPABLE,
          "descriptor "
              + fd
              + " lacks "
              + describe(
                  requiredBase & ~entry.rightsBase(),
                  requiredInheriting & ~entry.rightsInheriting()));
    }
    return entry;
  }

  /** Names missing rights, e.g. {@code "right(s) FD_WRITE and inheriting right(s) FD_SEEK"}. */
  private static String describe(long base, long inheriting) {
    String b = names(base);
    String i = names(inheriting);
    if (i.isEmpty()) {
      return "right(s) " + b;
    }
    return (b.isEmpty() ? "" : "right(s) " + b + " and ") + "inheriting right(s) " + i;
  }

  private static String names(long mask) {
    StringBuilder names = new StringBuilder();
    for (Right right : Right.values()) {
      if ((mask & right.bit()) != 0) {
        names.append(names.isEmpty() ? "" : " ").append(right.name());
      }
    }
    return names.toString();
  }

  /** Adds an entry at the lowest free number. */
  public synchronized int insert(FdEntry entry) {
    references.merge(entry.object(), 1, Integer::sum);
    int free = entries.indexOf(null);
    if (free >= 0) {
      entries.set(free, entry);
    } else {
      entries.add(entry);
      free = entries.size() - 1;
    }
    publish();
    return free;
  }

  public synchronized void close(long fd) throws IOException {
    FdEntry entry = get(fd, 0, 0);
    entries.set((int) fd, null);
    publish();
    release(entry.object());
  }

  /** {@code fd_dup}: a new number for the same object with the same rights. */
  public synchronized int dup(long fd) {
    return insert(get(fd, 0, 0));
  }

  /** {@code fd_replace}: {@code to} takes {@code from}'s object and rights; both must be open. */
  public synchronized void replace(long from, long to) throws IOException {
    FdEntry source = get(from, 0, 0);
    FdEntry target = get(to, 0, 0);
    if (from == to) {
      return;
    }
    references.merge(source.object(), 1, Integer::sum);
    entries.set((int) to, source);
    publish();
    release(target.object());
  }

  /** Restricts rights; fails with ENOTCAPABLE if the new masks are not subsets. */
  public synchronized void restrict(long fd, long base, long inheriting) {
    FdEntry entry = get(fd, 0, 0);
    if ((base & ~entry.rightsBase()) != 0 || (inheriting & ~entry.rightsInheriting()) != 0) {
      throw new ErrnoException(
          Errno.ENOTCAPABLE,
          "descriptor "
              + fd
              + ": rights can only be reduced; "
              + describe(base & ~entry.rightsBase(), inheriting & ~entry.rightsInheriting())
              + " not held");
    }
    entries.set((int) fd, entry.withRights(base, inheriting));
    publish();
  }

  public synchronized void setFlags(long fd, int flags) {
    entries.set((int) fd, get(fd, 0, 0).withFlags(flags));
    publish();
  }

  /** Closes every object (at process end). */
  public synchronized void closeAll() {
    for (GuestObject object : List.copyOf(references.keySet())) {
      try {
        object.close();
      } catch (IOException | RuntimeException ignored) {
        // Best effort at process end: one failing close must not keep the others open.
      }
    }
    references.clear();
    entries.clear();
    publish();
  }

  private void release(GuestObject object) throws IOException {
    int left = references.merge(object, -1, Integer::sum);
    if (left <= 0) {
      references.remove(object);
      object.close();
    }
  }
}
