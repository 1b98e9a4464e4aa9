package dev.cloudabi.emulator.syscall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.MaxRights;
import dev.cloudabi.emulator.abi.Right;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.fd.SocketObject;
import dev.cloudabi.emulator.host.AmbientAuthority;
import dev.cloudabi.emulator.host.HostSockets;
import dev.cloudabi.emulator.host.SocketKind;
import dev.cloudabi.emulator.memory.GuestMemory;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SockSyscallsTest {
  private static final long BUF = TestProcess.DATA;
  private SocketObject listener;
  private int port;

  @BeforeEach
  void listen() throws Exception {
    listener =
        HostSockets.bind(
            AmbientAuthority.forLauncher(),
            SocketKind.STREAM,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    port = ((InetSocketAddress) listener.localAddress().orElseThrow()).getPort();
  }

  @AfterEach
  void close() throws Exception {
    listener.close();
  }

  private TestProcess process(Arch arch, long rights) {
    return new TestProcess(
        arch, List.of(new InjectedFd(listener, rights, MaxRights.SOCKET_2017.inheriting())));
  }

  @Test
  void acceptGivesTheConnectionANewDescriptorAndThePeersAddress() throws Exception {
    try (TestProcess process = process(Arch.X86_64, MaxRights.SOCKET_2017.base());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
      SyscallCall call = process.call("sock_accept", 0, BUF);

      assertThat(SockSyscalls.accept(call)).isZero();

      long conn = call.outputValue(2);
      assertThat(conn).isEqualTo(1);
      GuestMemory memory = process.memory();
      assertThat(memory.readU8(BUF + 20)).as("ss_peername.sa_family = INET").isEqualTo(1);
      assertThat(memory.readBytes(BUF + 22, 4)).containsExactly(127, 0, 0, 1);
      assertThat(memory.readU16(BUF + 26))
          .as("port in host order")
          .isEqualTo(client.getLocalPort());
      assertThat(process.fds().get(conn, Right.SOCK_SHUTDOWN.bit(), 0).object())
          .isInstanceOf(SocketObject.class);
    }
  }

  @Test
  void acceptNeedsTheSockAcceptRight() {
    try (TestProcess process = process(Arch.X86_64, MaxRights.SOCKET.base())) {
      assertThatThrownBy(() -> SockSyscalls.accept(process.call("sock_accept", 0, 0)))
          .isInstanceOf(ErrnoException.class)
          .extracting(e -> ((ErrnoException) e).errno())
          .isEqualTo(Errno.ENOTCAPABLE);
    }
  }

  @Test
  void statGetReportsAListeningSocketAndItsAddress() {
    try (TestProcess process = process(Arch.I686, MaxRights.SOCKET_2017.base())) {
      assertThat(SockSyscalls.statGet(process.call("sock_stat_get", 0, BUF, 0))).isZero();

      assertThat(process.memory().readU8(BUF)).as("ss_sockname.sa_family = INET").isEqualTo(1);
      assertThat(process.memory().readU16(BUF + 6)).isEqualTo(port);
      assertThat(process.memory().readU32(BUF + 44)).as("SOCKSTATE_ACCEPTCONN").isEqualTo(1);
    }
  }

  @Test
  void shutdownRefusesAnUnknownHow() {
    try (TestProcess process = process(Arch.X86_64, MaxRights.SOCKET_2017.base())) {
      assertThatThrownBy(() -> SockSyscalls.shutdown(process.call("sock_shutdown", 0, 0)))
          .extracting(e -> ((ErrnoException) e).errno())
          .isEqualTo(Errno.EINVAL);
    }
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void sendAndRecvGatherAndScatterThroughIovecs(Arch arch) throws Exception {
    try (TestProcess process = process(arch, MaxRights.SOCKET_2017.base());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
      SyscallCall accept = process.call("sock_accept", 0, 0);
      SockSyscalls.accept(accept);
      long conn = accept.outputValue(2);
      GuestMemory memory = process.memory();
      int ptr = arch.pointerSize();
      long iovs = BUF;
      long in = BUF + 0x100;
      long out = BUF + 0x200;
      long data = BUF + 0x1000;

      memory.writeBytes(data, "Hello, ".getBytes(StandardCharsets.US_ASCII));
      memory.writeBytes(data + 0x100, "world".getBytes(StandardCharsets.US_ASCII));
      writeIovec(memory, iovs, 0, ptr, data, 7);
      writeIovec(memory, iovs, 1, ptr, data + 0x100, 5);
      writeInput(memory, in, ptr, iovs, 2, 0);
      assertThat(SockSyscalls.send(process.call("sock_send", conn, in, out))).isZero();
      assertThat(memory.readWord(out, ptr)).isEqualTo(12);
      InputStream fromGuest = client.getInputStream();
      assertThat(new String(fromGuest.readNBytes(12), StandardCharsets.US_ASCII))
          .isEqualTo("Hello, world");

      OutputStream toGuest = client.getOutputStream();
      toGuest.write("abcdefgh".getBytes(StandardCharsets.US_ASCII));
      toGuest.flush();
      writeIovec(memory, iovs, 0, ptr, data, 3);
      writeIovec(memory, iovs, 1, ptr, data + 0x100, 5);
      writeInput(memory, in, ptr, iovs, 2, SockSyscalls.RECV_WAITALL);
      assertThat(SockSyscalls.recv(process.call("sock_recv", conn, in, out))).isZero();
      assertThat(memory.readWord(out, ptr)).as("ro_datalen").isEqualTo(8);
      assertThat(memory.readWord(out + ptr, ptr)).as("ro_fdslen").isZero();
      assertThat(new String(memory.readBytes(data, 3), StandardCharsets.US_ASCII)).isEqualTo("abc");
      assertThat(new String(memory.readBytes(data + 0x100, 5), StandardCharsets.US_ASCII))
          .isEqualTo("defgh");
    }
  }

  @Test
  void aDescriptorThatIsNotASocketIsENOTSOCK() throws Exception {
    var file = java.nio.file.Files.createTempFile("notsock", ".txt");
    try (TestProcess process =
        new TestProcess(
            Arch.X86_64,
            List.of(
                new InjectedFd(
                    dev.cloudabi.emulator.host.HostObjects.open(
                        AmbientAuthority.forLauncher(), file),
                    -1L,
                    -1L)))) {
      assertThatThrownBy(() -> SockSyscalls.accept(process.call("sock_accept", 0, 0)))
          .extracting(e -> ((ErrnoException) e).errno())
          .isEqualTo(Errno.ENOTSOCK);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  private static void writeIovec(
      GuestMemory memory, long array, int index, int ptr, long buf, long len) {
    memory.writeWord(array + 2L * ptr * index, buf, ptr);
    memory.writeWord(array + 2L * ptr * index + ptr, len, ptr);
  }

  /** recv_in / send_in: data, data_len, fds, fds_len, flags. */
  private static void writeInput(
      GuestMemory memory, long in, int ptr, long iovs, long count, int flags) {
    memory.writeWord(in, iovs, ptr);
    memory.writeWord(in + ptr, count, ptr);
    memory.writeWord(in + 2L * ptr, 0, ptr);
    memory.writeWord(in + 3L * ptr, 0, ptr);
    memory.writeU16(in + 4L * ptr, flags);
  }
}
