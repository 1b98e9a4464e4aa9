package dev.cloudabi.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.resources.Example;
import dev.cloudabi.resources.Examples;
import dev.cloudabi.resources.GuestArch;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed's web server with the article's own configuration: a !socket that really listens. */
class WebServerTest {
  private static final Example WEBSERVER =
      Examples.checkoutDirectory()
          .map(Examples::fromDirectory)
          .orElseGet(Examples::fromClassPath)
          .get("webserver");

  @ParameterizedTest
  @EnumSource(GuestArch.class)
  void answersEveryConnectionOnItsOwnSocket(GuestArch arch, @TempDir Path temp) throws Exception {
    int port = freePort();
    String config =
        WEBSERVER.text("webserver-socket.yaml").replace("0.0.0.0:8080", "127.0.0.1:" + port);
    Process server = start(List.of(), arch, config, temp);
    try {
      assertServes(port);
    } finally {
      server.destroyForcibly().waitFor();
    }
  }

  /** The acceptance suite's way: the listener is the launcher's descriptor 3 ({@code !fd 3}). */
  @ParameterizedTest
  @EnumSource(GuestArch.class)
  void answersOnAListenerInheritedAsDescriptor3(GuestArch arch, @TempDir Path temp)
      throws Exception {
    Path portFile = temp.resolve("port");
    Process server = start(FdHarness.listener(3, portFile), arch, WEBSERVER.config(), temp);
    try {
      assertServes(Integer.parseInt(awaitFile(portFile).trim()));
    } finally {
      server.destroyForcibly().waitFor();
    }
  }

  private static Process start(List<String> prefix, GuestArch arch, String config, Path temp)
      throws IOException {
    Path exe = temp.resolve("webserver");
    Files.write(exe, WEBSERVER.binary(arch));
    Path configFile = temp.resolve("webserver.yaml");
    Files.writeString(configFile, config);
    List<String> command = new ArrayList<>(prefix);
    command.addAll(
        CliProcess.javaCommand(
            CloudabiRunMain.class, List.of("-e", "-f", configFile.toString(), exe.toString())));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(temp.resolve("server.log").toFile())
        .start();
  }

  private static void assertServes(int port) throws Exception {
    String expected = WEBSERVER.text("expected-response.txt");
    assertThat(get(port)).isEqualTo(expected);
    assertThat(get(port)).as("a second connection").isEqualTo(expected);
  }

  private static String awaitFile(Path file) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!Files.exists(file) || Files.size(file) == 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(file + " was not written");
      }
      Thread.sleep(50);
    }
    return Files.readString(file);
  }

  private static String get(int port) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(30_000);
        // The seed's server answers without reading a request (the article leaves HTTP parsing
        // for later); a request it never reads would make its close() reset the connection.
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (java.net.ConnectException notYetListening) {
        if (Instant.now().isAfter(deadline)) {
          throw notYetListening;
        }
        Thread.sleep(100);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    }
  }
}
