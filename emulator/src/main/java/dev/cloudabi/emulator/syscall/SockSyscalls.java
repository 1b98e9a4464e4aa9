package dev.cloudabi.emulator.syscall;

import static dev.cloudabi.emulator.abi.Right.FD_READ;
import static dev.cloudabi.emulator.abi.Right.FD_WRITE;
import static dev.cloudabi.emulator.abi.Right.SOCK_ACCEPT;
import static dev.cloudabi.emulator.abi.Right.SOCK_SHUTDOWN;
import static dev.cloudabi.emulator.abi.Right.SOCK_STAT_GET;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.MaxRights;
import dev.cloudabi.emulator.fd.FdEntry;
import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.fd.SocketObject;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import dev.cloudabi.emulator.sync.CpuRelease;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Socket calls (ABI §10.7, §10.8): the final {@code sock_recv}/{@code sock_send}/{@code
 * sock_shutdown} and the 2017 {@code sock_accept}/{@code sock_stat_get} that early binaries (the
 * seed's web server) use. Binding and connecting UNIX sockets beneath a directory (2017 {@code
 * sock_bind}/{@code sock_connect}/{@code sock_listen}) stay explicit ENOSYS entries: sockets come
 * from the launcher.
 */
final class SockSyscalls implements SyscallFamily {
  static final int SHUT_RD = 1;
  static final int SHUT_WR = 2;
  static final int SOCKSTAT_CLEAR_ERROR = 1;
  static final int RECV_PEEK = 0x04;
  static final int RECV_WAITALL = 0x10;
  static final int FDS_TRUNCATED = 0x01;
  static final int DATA_TRUNCATED = 0x08;

  /** Linux's SCM_MAX_FD. */
  static final int MAX_PASSED_FDS = 253;

  @Override
  public void register(SyscallTable.Builder table) {
    table.handle("sock_recv", SockSyscalls::recv);
    table.handle("sock_send", SockSyscalls::send);
    table.handle("sock_shutdown", SockSyscalls::shutdown);
    table.handle("sock_accept", SockSyscalls::accept);
    table.handle("sock_stat_get", SockSyscalls::statGet);
    table.enosys("sock_bind");
    table.enosys("sock_connect");
    table.enosys("sock_listen");
  }

  static int shutdown(SyscallCall call) throws IOException {
    SocketObject socket = socket(call.fds().get(call.arg(0), SOCK_SHUTDOWN.bit(), 0));
    long how = call.arg(1);
    if (how != SHUT_RD && how != SHUT_WR && how != (SHUT_RD | SHUT_WR)) {
      throw new ErrnoException(Errno.EINVAL, "how must be SHUT_RD, SHUT_WR or both, not " + how);
    }
    socket.shutdown((int) how);
    return 0;
  }

  /** Accepts a connection; a non-NULL {@code buf} receives a sockstat with the peer's address. */
  static int accept(SyscallCall call) throws IOException {
    FdEntry listener = call.fds().get(call.arg(0), SOCK_ACCEPT.bit(), 0);
    SocketObject socket = socket(listener);
    long buf = call.arg(1);
    if (buf != 0) {
      call.memory().check(buf, Sockstat.SIZE, Prot.WRITE);
    }
    SocketObject connection;
    try (CpuRelease ignored = call.process().releaseCpu()) {
      connection = socket.accept();
    }
    long inheriting = listener.rightsInheriting();
    int fd =
        call.fds()
            .insert(
                new FdEntry(
                    connection,
                    MaxRights.SOCKET_2017.base() & inheriting,
                    MaxRights.SOCKET_2017.inheriting() & inheriting,
                    0));
    if (buf != 0) {
      Sockstat.write(call.memory(), buf, null, connection.peerAddress().orElse(null), 0, false);
    }
    call.setOutput(2, fd);
    return 0;
  }

  static int statGet(SyscallCall call) {
    SocketObject socket = socket(call.fds().get(call.arg(0), SOCK_STAT_GET.bit(), 0));
    long buf = call.arg(1);
    call.memory().check(buf, Sockstat.SIZE, Prot.WRITE);
    Sockstat.write(
        call.memory(),
        buf,
        socket.localAddress().orElse(null),
        socket.peerAddress().orElse(null),
        0,
        socket.listening());
    return 0;
  }

  /** {@code recv_in}: data iovecs, fd array, flags; {@code recv_out}: lengths and flags. */
  static int recv(SyscallCall call) throws IOException {
    SocketObject socket = socket(call.fds().get(call.arg(0), FD_READ.bit(), 0));
    GuestMemory memory = call.memory();
    int ptr = call.pointerSize();
    long in = call.arg(1);
    long out = call.arg(2);
    memory.check(in, 5L * ptr, Prot.READ);
    memory.check(out, RecvOut.size(ptr), Prot.WRITE);
    List<MemorySegment> buffers =
        buffers(memory, memory.readWord(in, ptr), memory.readWord(in + ptr, ptr), ptr, Prot.WRITE);
    long fdsArray = memory.readWord(in + 2L * ptr, ptr);
    int fdsCapacity = (int) Math.min(memory.readWord(in + 3L * ptr, ptr), MAX_PASSED_FDS);
    memory.check(fdsArray, 4L * fdsCapacity, Prot.WRITE);
    int flags = memory.readU16(in + 4L * ptr);
    SocketObject.Message message;
    try (CpuRelease ignored = call.process().releaseCpu()) {
      message =
          socket.receive(
              buffers, fdsCapacity, (flags & RECV_PEEK) != 0, (flags & RECV_WAITALL) != 0);
    }
    List<GuestObject> received = message.descriptors();
    for (int i = 0; i < received.size(); i++) {
      GuestObject object = received.get(i);
      MaxRights max = MaxRights.forType(object.type());
      int fd = call.fds().insert(new FdEntry(object, max.base(), max.inheriting(), 0));
      memory.writeU32(fdsArray + 4L * i, fd);
    }
    int outFlags =
        (message.descriptorsTruncated() ? FDS_TRUNCATED : 0)
            | (message.dataTruncated() ? DATA_TRUNCATED : 0);
    RecvOut.write(memory, out, ptr, message.bytes(), received.size(), outFlags);
    return 0;
  }

  /** {@code send_in}: data iovecs, descriptors to pass, flags (must be 0). */
  static int send(SyscallCall call) throws IOException {
    SocketObject socket = socket(call.fds().get(call.arg(0), FD_WRITE.bit(), 0));
    GuestMemory memory = call.memory();
    int ptr = call.pointerSize();
    long in = call.arg(1);
    long out = call.arg(2);
    memory.check(in, 5L * ptr, Prot.READ);
    memory.check(out, ptr, Prot.WRITE);
    List<MemorySegment> buffers =
        buffers(memory, memory.readWord(in, ptr), memory.readWord(in + ptr, ptr), ptr, Prot.READ);
    long fdsArray = memory.readWord(in + 2L * ptr, ptr);
    long fdsLen = memory.readWord(in + 3L * ptr, ptr);
    if (memory.readU16(in + 4L * ptr) != 0) {
      throw new ErrnoException(Errno.EINVAL, "si_flags must be 0");
    }
    if (fdsLen > MAX_PASSED_FDS) {
      throw new ErrnoException(
          Errno.EINVAL, "at most " + MAX_PASSED_FDS + " descriptors per message");
    }
    memory.check(fdsArray, 4L * fdsLen, Prot.READ);
    List<GuestObject> passed = new ArrayList<>();
    for (int i = 0; i < fdsLen; i++) {
      // Descriptors being sent need no rights (ABI §8.3), only to be open.
      passed.add(call.fds().get(memory.readU32(fdsArray + 4L * i), 0, 0).object());
    }
    long sent;
    try (CpuRelease ignored = call.process().releaseCpu()) {
      sent = socket.send(buffers, passed);
    }
    memory.writeWord(out, sent, ptr);
    return 0;
  }

  private static List<MemorySegment> buffers(
      GuestMemory memory, long array, long length, int ptr, int prot) {
    int count = Iovecs.count(memory, array, length, ptr);
    List<MemorySegment> buffers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      buffers.add(Iovecs.buffer(memory, array, i, ptr, prot));
    }
    return buffers;
  }

  private static SocketObject socket(FdEntry entry) {
    if (entry.object() instanceof SocketObject socket) {
      return socket;
    }
    throw new ErrnoException(Errno.ENOTSOCK, "the descriptor is not a socket");
  }

  /** {@code recv_out}: ro_datalen, ro_fdslen, ro_unused[40], ro_flags. */
  static final class RecvOut {
    private RecvOut() {}

    static long size(int ptr) {
      return ptr == 8 ? 64 : 52;
    }

    static void write(GuestMemory memory, long out, int ptr, long dataLen, long fdsLen, int flags) {
      memory.writeWord(out, dataLen, ptr);
      memory.writeWord(out + ptr, fdsLen, ptr);
      // ro_unused (ro_sockname/ro_peername before 2017-07-24): zeroes read as AF_UNSPEC.
      memory.writeBytes(out + 2L * ptr, new byte[40]);
      memory.writeU16(out + 2L * ptr + 40, flags);
    }
  }
}
