package dev.cloudabi.emulator.natives;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * libc's calls on raw host descriptors, for descriptors the JVM cannot wrap without losing what
 * they are: sockets and pipes a shell passed to the launcher ({@code 3>>log}, socket pairs), and
 * descriptors received with {@code SCM_RIGHTS}, which must keep sharing their offset and flags with
 * the sender. Linux only (the structure layouts are Linux's on 64-bit hosts); every failure is a
 * {@link PosixException} carrying errno.
 */
public final class Posix {
  public static final boolean SUPPORTED =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
          && ValueLayout.ADDRESS.byteSize() == 8;

  public static final int MSG_PEEK = 0x2;
  public static final int MSG_CTRUNC = 0x8;
  public static final int MSG_TRUNC = 0x20;
  public static final int MSG_WAITALL = 0x100;
  private static final int MSG_NOSIGNAL = 0x4000;
  private static final int MSG_CMSG_CLOEXEC = 0x40000000;
  static final int SOL_SOCKET = 1;
  private static final int SCM_RIGHTS = 1;
  private static final int SO_TYPE = 3;
  private static final int SO_ACCEPTCONN = 30;
  private static final int SOCK_CLOEXEC = 0x80000;
  private static final long CMSG_HEADER = 16;
  private static final long MSGHDR_SIZE = 56;
  private static final long STAT_SIZE = 256;
  private static final int EINTR = 4;
  public static final int O_RDONLY = 0;
  public static final int O_WRONLY = 1;
  public static final int O_CLOEXEC = 0x80000;

  private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final ThreadLocal<CaptureState> STATE = ThreadLocal.withInitial(CaptureState::new);

  /**
   * A thread's errno capture area. Calls use a view of it without a session: a segment of an
   * automatic arena would make every call acquire and release that shared session (two atomic
   * operations on each read and write of the guest). {@code owner} keeps the memory alive for as
   * long as the thread's entry exists.
   */
  private record CaptureState(MemorySegment owner, MemorySegment view) {
    CaptureState() {
      this(Arena.ofAuto().allocate(CAPTURE));
    }

    private CaptureState(MemorySegment owner) {
      this(owner, owner.reinterpret(Arena.global(), null));
    }
  }

  // Downcall handles live in holder classes that the JVM initialises on first use: linking one
  // costs several milliseconds in a fresh JVM, and most runs never touch sockets or file offsets.

  /** Calls of every run that has host streams. */
  private static final class StreamCalls {
    static final MethodHandle READ = handle("read", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
    static final MethodHandle WRITE = handle("write", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
    static final MethodHandle CLOSE = handle("close", JAVA_INT, JAVA_INT);
    static final Transfer READ_INTO =
        (s, fd, b, o) -> (long) READ.invokeExact(s, fd, b, b.byteSize());
    static final Transfer WRITE_FROM =
        (s, fd, b, o) -> (long) WRITE.invokeExact(s, fd, b, b.byteSize());
  }

  private static final class FileCalls {
    static final MethodHandle PREAD =
        handle("pread", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG);
    static final MethodHandle PWRITE =
        handle("pwrite", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG);
    static final MethodHandle LSEEK = handle("lseek", JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT);
    static final MethodHandle FSTAT = handle("fstat", JAVA_INT, JAVA_INT, ADDRESS);
    static final MethodHandle FSYNC = handle("fsync", JAVA_INT, JAVA_INT);
    static final MethodHandle FDATASYNC = handle("fdatasync", JAVA_INT, JAVA_INT);
    static final Transfer READ_AT =
        (s, fd, b, o) -> (long) PREAD.invokeExact(s, fd, b, b.byteSize(), o);
    static final Transfer WRITE_AT =
        (s, fd, b, o) -> (long) PWRITE.invokeExact(s, fd, b, b.byteSize(), o);
  }

  private static final class SocketCalls {
    static final MethodHandle SEND =
        handle("send", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT);
    static final MethodHandle RECVMSG = handle("recvmsg", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT);
    static final MethodHandle SENDMSG = handle("sendmsg", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT);
    static final MethodHandle ACCEPT4 =
        handle("accept4", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT);
    static final MethodHandle SHUTDOWN = handle("shutdown", JAVA_INT, JAVA_INT, JAVA_INT);
    static final MethodHandle GETSOCKOPT =
        handle("getsockopt", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    static final MethodHandle GETSOCKNAME =
        handle("getsockname", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    static final MethodHandle GETPEERNAME =
        handle("getpeername", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
  }

  private Posix() {}

  /** {@code st_size} and the file-type bits of {@code st_mode}. */
  public record Stat(long size, int typeBits) {
    public static final int S_IFMT = 0170000;
    public static final int S_IFREG = 0100000;
    public static final int S_IFDIR = 0040000;
    public static final int S_IFCHR = 0020000;
    public static final int S_IFSOCK = 0140000;
  }

  /** What {@code recvmsg} delivered. */
  public record Received(long bytes, int[] descriptors, int flags) {}

  /**
   * Waits up to {@code timeoutMillis} for {@code fd} to become readable (or hung up, or in error,
   * which the following read reports). Lets a blocking read or accept notice that the run ends.
   */
  public static boolean waitReadable(int fd, int timeoutMillis) {
    try {
      return PosixPoll.poll(
              new int[] {fd}, new short[] {PosixPoll.POLLIN}, new short[1], timeoutMillis)
          != 0;
    } catch (PosixException e) {
      return true; // let the read itself report the problem
    }
  }

  // The four transfers are the guest's hot path: they pass their arguments to lambdas that
  // capture nothing (constants of the holders), so no call allocates.

  public static long read(int fd, MemorySegment buffer) throws PosixException {
    return transfer("read", StreamCalls.READ_INTO, fd, buffer, 0);
  }

  /** One {@code write}; may write less than asked (pipes, terminals). */
  public static long write(int fd, MemorySegment buffer) throws PosixException {
    return transfer("write", StreamCalls.WRITE_FROM, fd, buffer, 0);
  }

  public static long pread(int fd, MemorySegment buffer, long offset) throws PosixException {
    return transfer("pread", FileCalls.READ_AT, fd, buffer, offset);
  }

  public static long pwrite(int fd, MemorySegment buffer, long offset) throws PosixException {
    return transfer("pwrite", FileCalls.WRITE_AT, fd, buffer, offset);
  }

  /** {@code whence}: POSIX SEEK_SET 0, SEEK_CUR 1, SEEK_END 2. */
  public static long seek(int fd, long offset, int whence) throws PosixException {
    return invoke("lseek", s -> (long) FileCalls.LSEEK.invokeExact(s, fd, offset, whence));
  }

  public static Stat stat(int fd) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buffer = arena.allocate(STAT_SIZE, 8);
      invoke("fstat", s -> (int) FileCalls.FSTAT.invokeExact(s, fd, buffer));
      // st_size is at 48 on x86_64 and aarch64; st_mode at 24 and 16 respectively.
      int modeOffset = System.getProperty("os.arch", "").equals("aarch64") ? 16 : 24;
      return new Stat(buffer.get(JAVA_LONG, 48), buffer.get(JAVA_INT, modeOffset) & Stat.S_IFMT);
    }
  }

  public static void sync(int fd) throws PosixException {
    invoke("fsync", s -> (int) FileCalls.FSYNC.invokeExact(s, fd));
  }

  public static void datasync(int fd) throws PosixException {
    invoke("fdatasync", s -> (int) FileCalls.FDATASYNC.invokeExact(s, fd));
  }

  /**
   * Closes {@code fd} once. Unlike the other calls it is never retried on EINTR: Linux releases the
   * descriptor before it reports the interruption, and a retry could close a descriptor that
   * another thread has opened under the same number meanwhile.
   */
  public static void close(int fd) throws PosixException {
    MemorySegment state = STATE.get().view();
    int result;
    try {
      result = (int) StreamCalls.CLOSE.invokeExact(state, fd);
    } catch (Throwable t) {
      throw new IllegalStateException("calling close failed", t);
    }
    if (result < 0) {
      PosixException failure = failure("close", state);
      if (failure.errno() != EINTR) {
        throw failure;
      }
    }
  }

  /** Sends all of {@code buffer} (looping over partial sends); SIGPIPE is never raised. */
  public static long send(int fd, MemorySegment buffer) throws PosixException {
    long total = 0;
    while (total < buffer.byteSize()) {
      MemorySegment rest = buffer.asSlice(total);
      total +=
          invoke(
              "send",
              s -> (long) SocketCalls.SEND.invokeExact(s, fd, rest, rest.byteSize(), MSG_NOSIGNAL));
    }
    return total;
  }

  /** {@code sendmsg} with the buffers gathered and {@code descriptors} attached as SCM_RIGHTS. */
  public static long sendMessage(int fd, List<MemorySegment> buffers, int[] descriptors)
      throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment message = message(arena, buffers);
      if (descriptors.length > 0) {
        long dataLength = 4L * descriptors.length;
        MemorySegment control = arena.allocate(CMSG_HEADER + align8(dataLength), 8);
        control.set(JAVA_LONG, 0, CMSG_HEADER + dataLength);
        control.set(JAVA_INT, 8, SOL_SOCKET);
        control.set(JAVA_INT, 12, SCM_RIGHTS);
        for (int i = 0; i < descriptors.length; i++) {
          control.set(JAVA_INT, CMSG_HEADER + 4L * i, descriptors[i]);
        }
        message.set(ADDRESS, 32, control);
        message.set(JAVA_LONG, 40, control.byteSize());
      }
      return invoke(
          "sendmsg", s -> (long) SocketCalls.SENDMSG.invokeExact(s, fd, message, MSG_NOSIGNAL));
    }
  }

  /** {@code recvmsg} into the buffers, taking at most {@code maxDescriptors} SCM_RIGHTS fds. */
  public static Received receiveMessage(
      int fd, List<MemorySegment> buffers, int maxDescriptors, int flags) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment message = message(arena, buffers);
      // Room for one more than the caller takes, so a surplus shows as MSG_CTRUNC.
      long controlSize = CMSG_HEADER + align8(4L * (maxDescriptors + 1));
      MemorySegment control = arena.allocate(controlSize, 8);
      message.set(ADDRESS, 32, control);
      message.set(JAVA_LONG, 40, controlSize);
      long bytes =
          invoke(
              "recvmsg",
              s ->
                  (long) SocketCalls.RECVMSG.invokeExact(s, fd, message, flags | MSG_CMSG_CLOEXEC));
      return new Received(
          bytes, rights(control, message.get(JAVA_LONG, 40)), message.get(JAVA_INT, 48));
    }
  }

  /** Accepts a connection; the new descriptor is close-on-exec. */
  public static int accept(int fd) throws PosixException {
    return (int)
        invoke(
            "accept",
            s ->
                (int)
                    SocketCalls.ACCEPT4.invokeExact(
                        s, fd, MemorySegment.NULL, MemorySegment.NULL, SOCK_CLOEXEC));
  }

  /** {@code how}: POSIX SHUT_RD 0, SHUT_WR 1, SHUT_RDWR 2. */
  public static void shutdown(int fd, int how) throws PosixException {
    invoke("shutdown", s -> (int) SocketCalls.SHUTDOWN.invokeExact(s, fd, how));
  }

  /** SOCK_STREAM 1, SOCK_DGRAM 2, SOCK_SEQPACKET 5. */
  public static int socketType(int fd) throws PosixException {
    return intOption(fd, SO_TYPE);
  }

  public static boolean listening(int fd) throws PosixException {
    return intOption(fd, SO_ACCEPTCONN) != 0;
  }

  /** The socket's own address as raw {@code sockaddr} bytes. */
  public static byte[] localAddress(int fd) throws PosixException {
    return address("getsockname", SocketCalls.GETSOCKNAME, fd);
  }

  /** The peer's address as raw {@code sockaddr} bytes. */
  public static byte[] peerAddress(int fd) throws PosixException {
    return address("getpeername", SocketCalls.GETPEERNAME, fd);
  }

  static int intOption(int fd, int option) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment value = arena.allocate(JAVA_INT);
      MemorySegment length = arena.allocate(JAVA_INT);
      length.set(JAVA_INT, 0, 4);
      invoke(
          "getsockopt",
          s -> (int) SocketCalls.GETSOCKOPT.invokeExact(s, fd, SOL_SOCKET, option, value, length));
      return value.get(JAVA_INT, 0);
    }
  }

  private static byte[] address(String name, MethodHandle handle, int fd) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment address = arena.allocate(128, 8);
      MemorySegment length = arena.allocate(JAVA_INT);
      length.set(JAVA_INT, 0, 128);
      invoke(name, s -> (int) handle.invokeExact(s, fd, address, length));
      return address
          .asSlice(0, Math.min(128, length.get(JAVA_INT, 0)))
          .toArray(ValueLayout.JAVA_BYTE);
    }
  }

  private static MemorySegment message(Arena arena, List<MemorySegment> buffers) {
    MemorySegment iovs = arena.allocate(16L * Math.max(1, buffers.size()), 8);
    for (int i = 0; i < buffers.size(); i++) {
      iovs.set(ADDRESS, 16L * i, buffers.get(i));
      iovs.set(JAVA_LONG, 16L * i + 8, buffers.get(i).byteSize());
    }
    MemorySegment message = arena.allocate(MSGHDR_SIZE, 8);
    message.set(ADDRESS, 16, iovs);
    message.set(JAVA_LONG, 24, buffers.size());
    return message;
  }

  /** The descriptors of every SCM_RIGHTS control message. */
  private static int[] rights(MemorySegment control, long used) {
    List<Integer> fds = new ArrayList<>();
    long offset = 0;
    while (offset + CMSG_HEADER <= used) {
      long length = control.get(JAVA_LONG, offset);
      if (length < CMSG_HEADER) {
        break;
      }
      if (control.get(JAVA_INT, offset + 8) == SOL_SOCKET
          && control.get(JAVA_INT, offset + 12) == SCM_RIGHTS) {
        for (long at = offset + CMSG_HEADER; at + 4 <= offset + length; at += 4) {
          fds.add(control.get(JAVA_INT, at));
        }
      }
      offset += CMSG_HEADER + align8(length - CMSG_HEADER);
    }
    return fds.stream().mapToInt(Integer::intValue).toArray();
  }

  private static long align8(long n) {
    return (n + 7) & ~7L;
  }

  @FunctionalInterface
  interface Native {
    long invoke(MemorySegment state) throws Throwable;
  }

  /**
   * A read or write of {@code buffer} on {@code fd} (at {@code offset} where the call takes one).
   */
  @FunctionalInterface
  private interface Transfer {
    long invoke(MemorySegment state, int fd, MemorySegment buffer, long offset) throws Throwable;
  }

  /**
   * Calls into libc; a negative result is a failure whose errno the call captured. Calls
   * interrupted by a signal (EINTR) are retried.
   */
  static long invoke(String name, Native call) throws PosixException {
    return transfer(name, (state, fd, buffer, offset) -> call.invoke(state), -1, null, 0);
  }

  /** {@link #invoke} for the transfers, passing the arguments instead of capturing them. */
  private static long transfer(
      String name, Transfer call, int fd, MemorySegment buffer, long offset) throws PosixException {
    MemorySegment state = STATE.get().view();
    while (true) {
      long result;
      try {
        result = call.invoke(state, fd, buffer, offset);
      } catch (Throwable t) {
        throw new IllegalStateException("calling " + name + " failed", t);
      }
      if (result >= 0) {
        return result;
      }
      PosixException failure = failure(name, state);
      if (failure.errno() != EINTR) {
        throw failure;
      }
    }
  }

  /** This thread's errno capture area, for calls whose failure is not a negative number. */
  static MemorySegment captureState() {
    return STATE.get().view();
  }

  /** The failure whose errno a call captured in {@code state}. */
  static PosixException failure(String name, MemorySegment state) {
    return new PosixException(name, (int) ERRNO.get(state, 0L));
  }

  /**
   * Links libc's {@code name}, capturing errno. Every libc function is linked in one place of this
   * package: a static final field of a holder class initialised on its first use.
   */
  static MethodHandle handle(String name, ValueLayout result, ValueLayout... args) {
    return link(name, FunctionDescriptor.of(result, args), Linker.Option.captureCallState("errno"));
  }

  /**
   * {@link #handle} for a variadic function whose fixed arguments end before {@code firstVariadic}.
   */
  static MethodHandle variadic(
      String name, int firstVariadic, ValueLayout result, ValueLayout... args) {
    return link(
        name,
        FunctionDescriptor.of(result, args),
        Linker.Option.captureCallState("errno"),
        Linker.Option.firstVariadicArg(firstVariadic));
  }

  /** Links a function that reports failures in its result, not in errno. */
  static MethodHandle link(String name, FunctionDescriptor descriptor, Linker.Option... options) {
    return Libc.FUNCTIONS.link(name, descriptor, options);
  }

  /** The C library the JVM itself runs on. */
  private static final class Libc {
    static final NativeFunctions FUNCTIONS =
        new NativeFunctions("the C library", Linker.nativeLinker().defaultLookup());
  }
}
