package dev.cloudabi.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
  @Test
  void theNewestComesFirstWithoutDuplicates() {
    List<Path> list = RecentFiles.add(List.of(Path.of("/x"), Path.of("/y")), Path.of("/y"));
    assertThat(list).containsExactly(Path.of("/y"), Path.of("/x"));
  }

  @Test
  void theListKeepsAtMostTenFiles() {
    List<Path> list = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      list = RecentFiles.add(list, Path.of("/f" + i));
    }
    assertThat(list).hasSize(RecentFiles.MAX).first().isEqualTo(Path.of("/f14"));
  }
}
