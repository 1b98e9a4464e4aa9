package dev.cloudabi.designer.view;

import dev.cloudabi.designer.model.Analysis;
import dev.cloudabi.designer.model.Diagnostic;
import dev.cloudabi.designer.tree.ConfigTree;
import dev.cloudabi.designer.tree.NodeKind;
import dev.cloudabi.designer.tree.NodePath;
import dev.cloudabi.designer.tree.NodeSummary;
import dev.cloudabi.designer.tree.TreeNode;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The tree of the configuration with the palette above it. The tree shows the last good parse;
 * while the text is malformed it is dimmed and a banner says where the error is.
 */
final class TreePane extends VBox {
  static final String TREE_ID = "designer-tree";
  static final String STALE_ID = "designer-stale";
  static final String MESSAGE_ID = "designer-message";
  static final String PALETTE_PREFIX = "designer-add-";

  private final DesignerViewModel model;
  private final TreeView<TreeNode> tree = new TreeView<>();
  private final Label stale = new Label();
  private boolean updating;

  TreePane(DesignerViewModel model) {
    this.model = model;
    Label title = new Label("Tree");
    title.getStyleClass().add(DesignerCss.PANE_TITLE);
    stale.setId(STALE_ID);
    stale.getStyleClass().add(DesignerCss.STALE);
    stale.setMaxWidth(Double.MAX_VALUE);
    Label message = new Label();
    message.setId(MESSAGE_ID);
    message.getStyleClass().add(DesignerCss.MESSAGE);
    message.textProperty().bind(model.message());
    message.visibleProperty().bind(model.message().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
    tree.setId(TREE_ID);
    tree.setShowRoot(true);
    tree.setCellFactory(t -> new NodeCell(model));
    tree.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, item) -> {
              if (!updating && item != null) {
                model.selection().set(item.getValue().path());
              }
            });
    VBox.setVgrow(tree, Priority.ALWAYS);
    getChildren().addAll(title, palette(), stale, message, tree);
    model.analysis().addListener((o, a, analysis) -> show(analysis));
    model.selection().addListener((o, a, path) -> select(path));
    show(model.analysis().get());
  }

  private FlowPane palette() {
    FlowPane palette = new FlowPane();
    palette.getStyleClass().add(DesignerCss.PALETTE);
    for (NodeKind kind : NodeKind.values()) {
      if (kind == NodeKind.UNKNOWN) {
        continue;
      }
      Button add = new Button(kind.label());
      add.setId(PALETTE_PREFIX + kind.name().toLowerCase(Locale.ROOT));
      add.setMnemonicParsing(false);
      add.setTooltip(
          new Tooltip(
              "Add a "
                  + kind.label()
                  + " to the selected map or sequence, or after the selected node"));
      add.setOnAction(e -> model.run(c -> c.add(model.selection().get(), kind)));
      palette.getChildren().add(add);
    }
    return palette;
  }

  private void show(Analysis analysis) {
    Optional<Diagnostic> error = analysis.error().filter(e -> analysis.stale());
    stale.setText(
        error
            .map(
                e ->
                    "Out of date: the text has an error at line "
                        + e.line()
                        + ", column "
                        + e.column()
                        + ". The tree shows the last version that parsed.")
            .orElse(""));
    stale.setVisible(error.isPresent());
    stale.setManaged(error.isPresent());
    tree.getStyleClass().remove(DesignerCss.TREE_STALE);
    if (analysis.stale()) {
      tree.getStyleClass().add(DesignerCss.TREE_STALE);
    }
    Optional<ConfigTree> current = analysis.tree();
    TreeItem<TreeNode> root = tree.getRoot();
    boolean sameTree =
        root != null && current.isPresent() && root.getValue() == current.get().root();
    if (!sameTree) {
      updating = true;
      try {
        tree.setRoot(current.map(t -> item(t.root())).orElse(null));
      } finally {
        updating = false;
      }
    }
    select(model.selection().get());
  }

  private static TreeItem<TreeNode> item(TreeNode node) {
    TreeItem<TreeNode> item = new TreeItem<>(node);
    item.setExpanded(true);
    if (node.kind().isCollection()) {
      node.children().forEach(c -> item.getChildren().add(item(c)));
    }
    return item;
  }

  private void select(NodePath path) {
    TreeItem<TreeNode> item = tree.getRoot();
    if (item == null) {
      return;
    }
    for (int step : path.steps()) {
      if (step >= item.getChildren().size()) {
        break;
      }
      item = item.getChildren().get(step);
    }
    if (tree.getSelectionModel().getSelectedItem() != item) {
      updating = true;
      try {
        tree.getSelectionModel().select(item);
        int row = tree.getRow(item);
        if (row >= 0) {
          tree.scrollTo(Math.max(0, row - 3));
        }
      } finally {
        updating = false;
      }
    }
  }

  /** The label of a node: its key (or index), and what it is. */
  static String label(TreeNode node) {
    String name =
        node.key()
            .map(TreeNode.Key::text)
            .orElse(node.path().isRoot() ? "(root)" : "[" + node.path().index() + "]");
    return name + ": " + NodeSummary.of(node);
  }
}
