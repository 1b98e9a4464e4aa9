package dev.cloudabi.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.designer.view.DesignerViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceItemTest {
  @Test
  void saveAsUnderANewNameUpdatesTheWorkspaceList(@TempDir Path dir) throws Exception {
    ConfigDocument doc = new ConfigDocument(DesignerViewModel.create(Optional.empty()));
    ObservableList<WorkspaceItem> list = WorkspaceItem.observableList();
    list.add(doc);
    List<String> namesSeenOnUpdate = new ArrayList<>();
    list.addListener(
        (ListChangeListener<WorkspaceItem>)
            change -> {
              while (change.next()) {
                if (change.wasUpdated()) {
                  namesSeenOnUpdate.add(list.get(change.getFrom()).fileName());
                }
              }
            });
    assertThat(doc.fileName()).isEqualTo("Untitled configuration");
    doc.designer().saveAs(dir.resolve("web.yaml"));
    assertThat(namesSeenOnUpdate).contains("web.yaml");
    assertThat(doc.fileName()).isEqualTo("web.yaml");
  }
}
