package dev.cloudabi.app.shell;

import dev.cloudabi.app.ui.Css;
import dev.cloudabi.designer.document.Draft;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Offers back the configurations a previous session left unsaved (it ended without saving them,
 * e.g. in a crash). Recover opens them in the designer; Discard deletes them.
 */
final class RecoveryBanner extends HBox {
  static final String ID = "recovery-banner";
  static final String RECOVER_ID = "recovery-recover";
  static final String DISCARD_ID = "recovery-discard";

  RecoveryBanner(MainWindowViewModel model, List<Draft> drafts, Runnable dismiss) {
    setId(ID);
    getStyleClass().add(Css.RECOVERY_BANNER);
    Label text =
        new Label(
            "Unsaved configurations from the last session: "
                + drafts.stream().map(Draft::title).collect(Collectors.joining(", ")));
    text.setWrapText(true);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button recover = new Button("Recover");
    recover.setId(RECOVER_ID);
    recover.setDefaultButton(true);
    recover.setOnAction(
        e -> {
          dismiss.run();
          model.recover(drafts);
        });
    Button discard = new Button("Discard");
    discard.setId(DISCARD_ID);
    discard.setOnAction(
        e -> {
          dismiss.run();
          drafts.forEach(model.configurations()::discard);
        });
    getChildren().addAll(text, recover, discard);
  }
}
