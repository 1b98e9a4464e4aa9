package dev.cloudabi.designer.hints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfParseLimits;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyHintsTest {
  @ParameterizedTest
  @ValueSource(strings = {"x86_64", "aarch64", "i686", "armv6"})
  void theWebServersKeysAreFoundAndSystemCallNamesAreNot(String arch) throws Exception {
    Path binary =
        Path.of("..", "resources", "examples", "webserver", "prebuilt", arch, "webserver");
    assumeThat(Files.isRegularFile(binary)).as("prebuilt " + binary).isTrue();
    KeyHints hints = KeyHints.of("webserver", ElfFile.parse(binary, ElfParseLimits.defaults()));
    assertThat(hints.keys()).contains("http_socket", "html_message");
    assertThat(hints.keys()).doesNotContain("fd_write", "sock_accept", "inf", "nan");
  }

  @Test
  void onlyWholeKeyLikeStringsCount() {
    String data = "\0http_socket\0Content-Type: text\0ab\0port\0Mixed_Case\0a__b\0log-level\0";
    Set<String> keys = new LinkedHashSet<>();
    KeyHints.collect(ByteBuffer.wrap(data.getBytes(StandardCharsets.US_ASCII)), keys);
    assertThat(keys).containsExactly("http_socket", "port", "log-level");
  }
}
