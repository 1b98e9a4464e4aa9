package dev.cloudabi.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.resources.Example;
import dev.cloudabi.resources.Examples;
import dev.cloudabi.resources.GuestArch;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code !socket {type: dgram, connect: …}} end to end: the stdin echo example writes to a datagram
 * socket, so each of its writes arrives here as one datagram.
 */
class DatagramSocketCliTest {
  private static final Example STDIN_ECHO =
      Examples.checkoutDirectory()
          .map(Examples::fromDirectory)
          .orElseGet(Examples::fromClassPath)
          .get("stdin_echo");

  // One 64-bit and one 32-bit guest: the socket path does not depend on the CPU.
  @ParameterizedTest
  @EnumSource(
      value = GuestArch.class,
      names = {"X86_64", "I686"})
  void eachWriteOfTheGuestIsOneDatagram(GuestArch arch, @TempDir Path temp) throws Exception {
    try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      receiver.setSoTimeout(60_000);
      Path exe = temp.resolve("stdin_echo");
      Files.write(exe, STDIN_ECHO.binary(arch));
      Path input = temp.resolve("stdin.txt");
      Files.write(input, STDIN_ECHO.read("stdin.txt"));
      Path config = temp.resolve("echo.yaml");
      Files.writeString(
          config,
          "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n"
              + "stdin: !fd 0\n"
              + "stdout: !socket {type: dgram, connect: '127.0.0.1:"
              + receiver.getLocalPort()
              + "'}\n");
      Process run =
          new ProcessBuilder(
                  CliProcess.javaCommand(
                      CloudabiRunMain.class,
                      List.of("-e", "-f", config.toString(), exe.toString())))
              .redirectInput(input.toFile())
              .redirectErrorStream(true)
              .redirectOutput(temp.resolve("run.log").toFile())
              .start();
      try {
        List<String> datagrams = receiveUntilSummary(receiver);

        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(Files.readString(temp.resolve("run.log"))).isZero();
        assertThat(datagrams.getLast()).isEqualTo("-- 3021 bytes, 62 lines\n");
        List<String> echoed = datagrams.subList(0, datagrams.size() - 1);
        assertThat(echoed).allSatisfy(d -> assertThat(d.length()).isBetween(1, 1000));
        assertThat(String.join("", echoed)).isEqualTo(STDIN_ECHO.text("stdin.txt"));
      } finally {
        run.destroyForcibly().waitFor();
      }
    }
  }

  private static List<String> receiveUntilSummary(DatagramSocket receiver) throws Exception {
    List<String> datagrams = new ArrayList<>();
    byte[] buffer = new byte[65536];
    do {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      receiver.receive(packet);
      datagrams.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
    } while (!datagrams.getLast().startsWith("-- "));
    return datagrams;
  }
}
