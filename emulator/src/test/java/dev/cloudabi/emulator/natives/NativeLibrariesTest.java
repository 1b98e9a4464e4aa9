package dev.cloudabi.emulator.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibrariesTest {
  @Test
  void findsTheCacheFolderInAParentDirectory(@TempDir Path root) throws Exception {
    Path lib = Files.createDirectories(root.resolve(".cache/native/lib"));
    Path deep = Files.createDirectories(root.resolve("a/b/c"));

    assertThat(NativeLibraries.cacheAbove(deep)).contains(lib);
  }

  @Test
  void theSetupScriptsCacheIsFoundFromTheModuleDirectory() {
    // Surefire runs in emulator/; scripts/setup fills ../.cache/native/lib.
    assertThat(NativeLibraries.searchFolders())
        .anyMatch(folder -> folder.endsWith(Path.of(".cache", "native", "lib")));
  }

  @Test
  void aMissingLibraryIsReportedWithEveryPlaceSearched() {
    assertThatThrownBy(
            () -> NativeLibraries.load("Nothing", List.of("libdoes-not-exist-anywhere.so.9")))
        .isInstanceOf(NativeLibraryException.class)
        .hasMessageContaining("Nothing was not found")
        .hasMessageContaining("libdoes-not-exist-anywhere.so.9")
        .hasMessageContaining("scripts/setup");
  }
}
