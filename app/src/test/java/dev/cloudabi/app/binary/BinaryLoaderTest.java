package dev.cloudabi.app.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.app.TestBinaries;
import dev.cloudabi.app.tasks.Progress;
import dev.cloudabi.elf.ElfFormatException;
import dev.cloudabi.elf.ElfParseLimits;
import dev.cloudabi.elf.analysis.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinaryLoaderTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"x86_64", "aarch64", "i686", "armv6"})
  void theExamplesOfEveryArchitectureRunInTheEmulator(String arch) throws Exception {
    BinaryDocument doc = TestBinaries.load(TestBinaries.example("hello", arch));
    assertThat(doc.verdict()).startsWith("Runs in the emulator");
    assertThat(doc.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(doc.symbols()).anyMatch(s -> s.name().equals("program_main"));
    assertThat(doc.syscalls().carried().names()).contains("fd_write");
  }

  @Test
  void symbolsKnowTheirBytesInTheFile() throws Exception {
    BinaryDocument doc = TestBinaries.load(TestBinaries.example("hello", "x86_64"));
    SymbolRow main =
        doc.symbols().stream()
            .filter(s -> s.name().equals("program_main"))
            .findFirst()
            .orElseThrow();
    assertThat(main.section()).isEqualTo(".text");
    ByteRange body = main.body().orElseThrow();
    assertThat(body.length()).isEqualTo(main.symbol().st_size());
    assertThat(doc.structures().covering(body.offset()))
        .anyMatch(s -> s.startsWith("symbol program_main"));
  }

  @Test
  void aFileThatIsNotElfFailsWithItsOffset() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello, not an ELF file\n");
    assertThatThrownBy(() -> TestBinaries.load(text))
        .isInstanceOf(ElfFormatException.class)
        .hasMessageContaining("offset");
  }

  @Test
  void aTruncatedExampleStillOpensWithDiagnostics() throws Exception {
    byte[] bytes = Files.readAllBytes(TestBinaries.example("hello", "x86_64"));
    Path cut = Files.write(dir.resolve("cut"), java.util.Arrays.copyOf(bytes, 200));
    BinaryDocument doc = TestBinaries.load(cut);
    assertThat(doc.findings()).anyMatch(f -> f.code().equals("damaged"));
    assertThat(doc.verdict()).startsWith("Does not run in the emulator");
  }

  @Test
  void loadingStopsWhenCancelled() throws Exception {
    Path hello = TestBinaries.example("hello", "x86_64");
    Progress cancelled =
        new Progress() {
          @Override
          public void update(String message, long done, long total) {}

          @Override
          public boolean isCancelled() {
            return true;
          }
        };
    assertThatThrownBy(
            () ->
                new BinaryLoader(ElfParseLimits.defaults(), Optional::empty).load(hello, cancelled))
        .isInstanceOf(CancellationException.class);
  }
}
