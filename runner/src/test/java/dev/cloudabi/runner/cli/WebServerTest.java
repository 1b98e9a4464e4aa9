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
  void answersEveryConnectionWithTheHtmlMessage(GuestArch arch, @TempDir Path temp)
      throws Exception {
    int port = freePort();
    Path exe = temp.resolve("webserver");
    Files.write(exe, WEBSERVER.binary(arch));
    Path config = temp.resolve("webserver.yaml");
    Files.writeString(
        config,
        WEBSERVER.text("webserver-socket.yaml").replace("0.0.0.0:8080", "127.0.0.1:" + port));
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                CloudabiRunMain.class.getName(),
                "-e",
                "-f",
                config.toString(),
                exe.toString())
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("server.log").toFile())
            .start();
    try {
      String expected = WEBSERVER.text("expected-response.txt");
      assertThat(get(port)).isEqualTo(expected);
      assertThat(get(port)).as("a second connection").isEqualTo(expected);
    } finally {
      server.destroyForcibly().waitFor();
    }
  }

  private static String get(int port) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(30_000);
        // The seed's server answers without reading a request ("TODO: Actually process HTTP
        // requests"); a request it never reads would make its close() reset the connection.
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
