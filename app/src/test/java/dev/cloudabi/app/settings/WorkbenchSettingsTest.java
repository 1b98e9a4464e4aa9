package dev.cloudabi.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchSettingsTest {
  @TempDir Path dir;

  @Test
  void themeWindowRecentFilesAndDividersSurviveARestart() {
    Path file = dir.resolve("cfg/settings.properties");
    WorkbenchSettings first = new WorkbenchSettings(SettingsStore.open(file));
    first.setTheme(Theme.DARK);
    first.setWindowBounds(new WindowBounds(10, 20, 900, 700, true));
    first.setRecentFiles(List.of(Path.of("/a/b"), Path.of("/c d/e")));
    first.setDividers(List.of(0.2, 0.75));
    first.save();

    WorkbenchSettings second = new WorkbenchSettings(SettingsStore.open(file));
    assertThat(second.theme()).isEqualTo(Theme.DARK);
    assertThat(second.windowBounds()).isEqualTo(new WindowBounds(10, 20, 900, 700, true));
    assertThat(second.recentFiles()).containsExactly(Path.of("/a/b"), Path.of("/c d/e"));
    assertThat(second.dividers()).containsExactly(0.2, 0.75);
  }

  @Test
  void aMissingOrDamagedFileGivesDefaults() throws Exception {
    Path file = dir.resolve("settings.properties");
    Files.writeString(file, "theme=PURPLE\nwindow.bounds=1,2,zz\nlayout.dividers=x\n");
    WorkbenchSettings settings = new WorkbenchSettings(SettingsStore.open(file));
    assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
    assertThat(settings.windowBounds()).isEqualTo(WindowBounds.DEFAULT);
    assertThat(settings.dividers()).isEmpty();
    assertThat(new WorkbenchSettings(SettingsStore.open(dir.resolve("none"))).recentFiles())
        .isEmpty();
  }
}
