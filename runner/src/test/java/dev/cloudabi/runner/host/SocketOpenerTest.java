package dev.cloudabi.runner.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.DescriptorSpec;
import dev.cloudabi.runner.config.LaunchConfigParser;
import java.io.StringReader;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code !socket} of every type, opened on the host, and the errors that name their place. */
class SocketOpenerTest {
  private static final String HEADER = "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n";
  private final HostDescriptorOpener opener = new HostDescriptorOpener(Path.of("prog"));

  private InjectedFd open(String body) throws ConfigException {
    DescriptorSpec spec =
        LaunchConfigParser.parse("config.yaml", new StringReader(HEADER + body))
            .descriptors()
            .getFirst();
    return opener.open(spec);
  }

  @Test
  void aBoundDatagramSocketIsADatagramSocket() throws Exception {
    InjectedFd fd = open("x: !socket {type: dgram, bind: '127.0.0.1:0'}\n");
    try {
      assertThat(fd.object().type()).isEqualTo(FileType.SOCKET_DGRAM);
    } finally {
      fd.object().close();
    }
  }

  @Test
  void aUnixSequencedPacketSocketBindsAndListens(@TempDir Path dir) throws Exception {
    Path path = dir.resolve("s.sock");
    InjectedFd fd = open("x: !socket {type: seqpacket, bind: " + path + "}\n");
    try {
      assertThat(fd.object().type()).isEqualTo(FileType.SOCKET_SEQPACKET);
      assertThat(path).exists();
    } finally {
      fd.object().close();
    }
  }

  @Test
  void aDatagramAddressInUseIsRefusedAtItsPlace() throws Exception {
    try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> open("x: !socket {type: dgram, bind: '127.0.0.1:" + port + "'}\n"))
          .isInstanceOf(ConfigException.class)
          .hasMessage(
              "config.yaml:3:4: Failed to bind to 127.0.0.1:" + port + ": Address already in use");
    }
  }

  @Test
  void anInetSequencedPacketSocketNeedsSctpWhichTheHostRefuses() {
    String config = "x: !socket {type: seqpacket, bind: '127.0.0.1:0'}\n";
    Throwable refusal = catchThrowable(() -> close(open(config)));
    assumeThat(refusal).as("this host supports SCTP").isNotNull();

    // Linux without the SCTP module says "Socket type not supported"; others may differ.
    assertThat(refusal)
        .isInstanceOf(ConfigException.class)
        .hasMessageMatching(
            "config\\.yaml:3:4: Failed to bind to 127\\.0\\.0\\.1:0: "
                + "(Socket type|Protocol) not supported");
  }

  @Test
  void connectingWhereNobodyListensSaysConnectionRefused(@TempDir Path dir) {
    Path path = dir.resolve("nobody.sock");

    assertThatThrownBy(() -> open("x: !socket {type: dgram, connect: " + path + "}\n"))
        .hasMessage(
            "config.yaml:3:4: Failed to connect to " + path + ": No such file or directory");
  }

  private static void close(InjectedFd fd) throws Exception {
    fd.object().close();
  }
}
