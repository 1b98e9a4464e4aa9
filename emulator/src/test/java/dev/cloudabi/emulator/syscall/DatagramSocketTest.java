package dev.cloudabi.emulator.syscall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.abi.MaxRights;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.fd.SocketObject;
import dev.cloudabi.emulator.host.AmbientAuthority;
import dev.cloudabi.emulator.host.HostSockets;
import dev.cloudabi.emulator.host.SocketKind;
import dev.cloudabi.emulator.memory.GuestMemory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A launcher's bound datagram socket ({@code !socket {type: dgram}}) as the guest sees it. */
class DatagramSocketTest {
  private static final long BUF = TestProcess.DATA;
  private static final long IOVS = BUF + 0x100;
  private static final long IN = BUF + 0x200;
  private static final long OUT = BUF + 0x300;
  private static final long DATA = BUF + 0x1000;
  private static final int PTR = Arch.X86_64.pointerSize();

  private SocketObject socket;
  private InetSocketAddress address;
  private TestProcess process;

  @BeforeEach
  void bind() throws Exception {
    socket =
        HostSockets.bind(
            AmbientAuthority.forLauncher(),
            SocketKind.DGRAM,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    address = (InetSocketAddress) socket.localAddress().orElseThrow();
    process =
        new TestProcess(
            Arch.X86_64,
            List.of(
                new InjectedFd(
                    socket, MaxRights.SOCKET_2017.base(), MaxRights.SOCKET_2017.inheriting())));
  }

  @AfterEach
  void close() {
    process.close(); // closes the socket too
  }

  @Test
  void statGetReportsADatagramSocket() throws Exception {
    assertThat(FdSyscalls.statGet(process.call("fd_stat_get", 0, BUF))).isZero();

    assertThat(process.memory().readU8(BUF)).isEqualTo(FileType.SOCKET_DGRAM.value());
    assertThat(socket.listening()).as("a datagram socket does not listen").isFalse();
  }

  @Test
  void eachReceiveTakesOneDatagramAndSaysWhenItWasCutShort() throws Exception {
    try (DatagramChannel sender = DatagramChannel.open()) {
      sender.send(ascii("first"), address);
      sender.send(ascii("second"), address);

      assertThat(receive(16)).isEqualTo(new Received("first", 0));
      assertThat(receive(3))
          .as("the rest of a datagram is dropped, not kept for the next receive")
          .isEqualTo(new Received("sec", SockSyscalls.DATA_TRUNCATED));
      sender.send(ascii("third"), address);
      assertThat(receive(16)).isEqualTo(new Received("third", 0));
    }
  }

  private record Received(String data, int flags) {}

  private Received receive(int capacity) throws Exception {
    GuestMemory memory = process.memory();
    memory.writeWord(IOVS, DATA, PTR);
    memory.writeWord(IOVS + PTR, capacity, PTR);
    memory.writeWord(IN, IOVS, PTR);
    memory.writeWord(IN + PTR, 1, PTR);
    memory.writeWord(IN + 2L * PTR, 0, PTR);
    memory.writeWord(IN + 3L * PTR, 0, PTR);
    memory.writeU16(IN + 4L * PTR, 0);
    assertThat(SockSyscalls.recv(process.call("sock_recv", 0, IN, OUT))).isZero();
    int length = (int) memory.readWord(OUT, PTR);
    return new Received(
        new String(memory.readBytes(DATA, length), StandardCharsets.US_ASCII),
        memory.readU16(OUT + 2L * PTR + 40));
  }

  private static ByteBuffer ascii(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
  }
}
