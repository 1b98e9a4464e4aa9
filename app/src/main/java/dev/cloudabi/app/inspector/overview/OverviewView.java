package dev.cloudabi.app.inspector.overview;

import dev.cloudabi.app.binary.Finding;
import dev.cloudabi.app.ui.Css;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Shows the identity of a binary, its verdict and the findings with links to their bytes. */
public final class OverviewView extends VBox {
  public static final String VERDICT_ID = "overview-verdict";
  public static final String FINDINGS_ID = "overview-findings";

  public OverviewView(OverviewViewModel model) {
    setSpacing(10);
    setPadding(new Insets(12));
    Label verdict = new Label(model.verdict());
    verdict.setId(VERDICT_ID);
    verdict.setWrapText(true);
    verdict
        .getStyleClass()
        .addAll(Css.VERDICT, model.runnable() ? Css.VERDICT_OK : Css.VERDICT_BAD);
    Label path = new Label(model.title());
    path.getStyleClass().add(Css.FACT_KEY);

    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.getColumnConstraints()
        .addAll(
            new javafx.scene.layout.ColumnConstraints(),
            new javafx.scene.layout.ColumnConstraints(280));
    grid.setVgap(2);
    int row = 0;
    for (Fact fact : model.facts()) {
      Label key = new Label(fact.name());
      key.getStyleClass().add(Css.FACT_KEY);
      javafx.scene.control.Labeled value;
      if (fact.bytes().isPresent()) {
        Hyperlink link = new Hyperlink(fact.value());
        link.setOnAction(e -> model.show(fact.bytes()));
        value = link;
      } else {
        value = new Label(fact.value());
      }
      value.setId("fact-" + fact.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
      value.getStyleClass().add(Css.FACT_VALUE);
      int half = (model.facts().size() + 1) / 2;
      grid.add(key, row < half ? 0 : 2, row % half);
      grid.add(value, row < half ? 1 : 3, row % half);
      row++;
    }

    TableView<Finding> findings =
        new TableView<>(FXCollections.observableArrayList(model.findings()));
    findings.setId(FINDINGS_ID);
    findings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<Finding, String> severity = new TableColumn<>("Severity");
    severity.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().severity().name()));
    severity.setCellFactory(c -> new SeverityCell());
    severity.setPrefWidth(90);
    TableColumn<Finding, String> message = new TableColumn<>("Finding");
    message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
    message.setPrefWidth(560);
    // Long findings are cut to one line; the whole sentence is in the tooltip.
    message.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
              }
            });
    TableColumn<Finding, Finding> evidence = new TableColumn<>("Evidence");
    evidence.setCellValueFactory(
        c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
    evidence.setCellFactory(c -> new EvidenceCell(model));
    evidence.setPrefWidth(220);
    findings.getColumns().setAll(java.util.List.of(severity, message, evidence));
    findings.setPlaceholder(new Label("No findings"));
    VBox.setVgrow(findings, Priority.ALWAYS);
    getChildren().addAll(verdict, path, grid, new Label("CloudABI findings"), findings);
  }

  private static final class SeverityCell extends TableCell<Finding, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeAll(Css.SEVERITY_ERROR, Css.SEVERITY_WARNING, Css.SEVERITY_INFO);
      setText(empty || item == null ? null : item);
      if (!empty && item != null) {
        getStyleClass()
            .add(
                switch (item) {
                  case "ERROR" -> Css.SEVERITY_ERROR;
                  case "WARNING" -> Css.SEVERITY_WARNING;
                  default -> Css.SEVERITY_INFO;
                });
      }
    }
  }

  private static final class EvidenceCell extends TableCell<Finding, Finding> {
    private final OverviewViewModel model;

    EvidenceCell(OverviewViewModel model) {
      this.model = model;
    }

    @Override
    protected void updateItem(Finding item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      Hyperlink link = new Hyperlink(item.where());
      link.getStyleClass().add(Css.MONO);
      link.setDisable(item.evidence().isEmpty());
      link.setOnAction(e -> model.show(item.evidence()));
      setGraphic(link);
    }
  }
}
