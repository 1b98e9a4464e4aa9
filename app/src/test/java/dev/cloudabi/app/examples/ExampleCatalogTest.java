package dev.cloudabi.app.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.resources.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExampleCatalogTest {
  @Test
  void everyExampleIsOfferedForTheFourArchitecturesFromTheCheckout() {
    ExampleCatalog catalog = ExampleCatalog.locate();
    assertThat(catalog.examples())
        .extracting(Example::label)
        .contains("hello (x86_64)", "hello (aarch64)", "hello (i686)", "hello (armv6)");
    Example hello =
        catalog.examples().stream()
            .filter(e -> e.label().equals("hello (armv6)"))
            .findFirst()
            .orElseThrow();
    assertThat(hello.description()).isNotBlank();
    assertThat(hello.binary().get())
        .isRegularFile()
        .endsWith(Path.of("hello", "prebuilt", "armv6", "hello"));
  }

  @Test
  void examplesFromTheClassPathAreCopiedToAFileWhenOpened() throws Exception {
    ExampleCatalog catalog = ExampleCatalog.of(Examples.fromClassPath());
    Example hello =
        catalog.examples().stream()
            .filter(e -> e.label().equals("hello (i686)"))
            .findFirst()
            .orElseThrow();
    Path file = hello.binary().get();
    assertThat(Files.readAllBytes(file)).startsWith(0x7f, 'E', 'L', 'F');
  }
}
