package dev.cloudabi.designer.view;

import dev.cloudabi.designer.edit.FdChoice;
import dev.cloudabi.designer.edit.TreeCommands;
import dev.cloudabi.designer.tree.NodeKind;
import dev.cloudabi.designer.tree.NodePath;
import dev.cloudabi.designer.tree.TreeNode;
import dev.cloudabi.runner.config.DescriptorSpec.SocketMode;
import dev.cloudabi.runner.config.DescriptorSpec.SocketType;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The properties of the selected node: its key, its type, and the fields of its kind (a scalar's
 * value; an {@code !fd}'s descriptor; a {@code !file}'s path and rights; a {@code !socket}'s type,
 * mode and address, checked with the runner's parser as it is typed). Each field applies its value
 * as one tree edit when Enter is pressed or the field is left.
 */
final class PropertyForm extends GridPane {
  static final String KEY_ID = "designer-key";
  static final String KIND_ID = "designer-kind";
  static final String VALUE_ID = "designer-value";
  static final String BOOL_ID = "designer-bool";
  static final String FD_ID = "designer-fd";
  static final String FILE_PATH_ID = "designer-file-path";
  static final String FILE_RIGHTS_ID = "designer-file-rights";
  static final String SOCKET_TYPE_ID = "designer-socket-type";
  static final String SOCKET_MODE_ID = "designer-socket-mode";
  static final String SOCKET_ADDRESS_ID = "designer-socket-address";
  static final String ADDRESS_CHECK_ID = "designer-address-check";
  static final String REMOVE_ID = "designer-remove";
  static final String MOVE_UP_ID = "designer-move-up";
  static final String MOVE_DOWN_ID = "designer-move-down";

  private final DesignerViewModel model;
  private int row;

  PropertyForm(DesignerViewModel model) {
    this.model = model;
    getStyleClass().add(DesignerCss.FORM);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    getColumnConstraints().setAll(labels, fields);
    model.analysis().addListener((o, a, b) -> rebuild());
    model.selection().addListener((o, a, b) -> rebuild());
    model.keyHints().addListener((o, a, b) -> rebuild());
    rebuild();
  }

  private void rebuild() {
    getChildren().clear();
    row = 0;
    Optional<TreeNode> selected = model.selectedNode();
    if (selected.isEmpty()) {
      return;
    }
    TreeNode node = selected.get();
    NodePath path = node.path();
    if (node.key().isPresent()) {
      String key = node.key().get().text();
      add(
          "Key",
          FormFields.editable(
              KEY_ID,
              key,
              model.keyHints().get().keys(),
              k -> model.run(c -> c.renameKey(path, k))));
    }
    add("Type", kindChooser(node));
    switch (node.kind()) {
      case STRING, INT, FLOAT, TIMESTAMP, BINARY ->
          add(
              "Value",
              FormFields.text(
                  VALUE_ID,
                  node.scalarValue().orElse(""),
                  v -> model.run(c -> c.setScalar(path, node.kind(), v))));
      case BOOL -> add("Value", boolBox(node));
      case FD ->
          add(
              "Descriptor",
              FormFields.editable(
                  FD_ID,
                  node.scalarValue().orElse(""),
                  List.of(FdChoice.STDOUT.yaml(), FdChoice.STDERR.yaml(), FdChoice.STDIN.yaml()),
                  v -> model.run(c -> c.setFd(path, v))));
      case FILE -> fileFields(node);
      case SOCKET -> socketFields(node);
      case EXECUTABLE -> add("", new Label("The program's own executable"));
      case MAP, SEQ -> add("", new Label(node.children().size() + " children"));
      case NULL, UNKNOWN -> {}
    }
    add("", actions(node));
  }

  private ComboBox<NodeKind> kindChooser(TreeNode node) {
    ComboBox<NodeKind> kinds = new ComboBox<>();
    kinds.setId(KIND_ID);
    Arrays.stream(NodeKind.values())
        .filter(k -> k != NodeKind.UNKNOWN)
        .forEach(kinds.getItems()::add);
    kinds.setValue(node.kind());
    kinds.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(NodeKind kind) {
            return kind == null ? "" : kind.label();
          }

          @Override
          public NodeKind fromString(String label) {
            return Arrays.stream(NodeKind.values())
                .filter(k -> k.label().equals(label))
                .findFirst()
                .orElse(null);
          }
        });
    kinds.setOnAction(
        e -> {
          NodeKind chosen = kinds.getValue();
          if (chosen != null && chosen != node.kind()) {
            model.run(c -> c.changeKind(node.path(), chosen));
          }
        });
    return kinds;
  }

  private CheckBox boolBox(TreeNode node) {
    boolean value =
        dev.cloudabi.runner.config.CScalars.parseBool(node.scalarValue().orElse("")).orElse(false);
    CheckBox box = new CheckBox("true");
    box.setId(BOOL_ID);
    box.setSelected(value);
    box.setOnAction(
        e ->
            model.run(
                c -> c.setScalar(node.path(), NodeKind.BOOL, String.valueOf(box.isSelected()))));
    return box;
  }

  private void fileFields(TreeNode node) {
    NodePath path = node.path();
    String current = node.attribute("path").flatMap(TreeNode::scalarValue).orElse("");
    TextField file =
        FormFields.text(FILE_PATH_ID, current, p -> model.run(c -> c.setFilePath(path, p)));
    Button chooseFile = new Button("File…");
    chooseFile.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle("The file to grant");
          File chosen = chooser.showOpenDialog(getScene().getWindow());
          if (chosen != null) {
            model.run(c -> c.setFilePath(path, chosen.getAbsolutePath()));
          }
        });
    Button chooseDir = new Button("Directory…");
    chooseDir.setOnAction(
        e -> {
          DirectoryChooser chooser = new DirectoryChooser();
          chooser.setTitle("The directory to grant");
          File chosen = chooser.showDialog(getScene().getWindow());
          if (chosen != null) {
            model.run(c -> c.setFilePath(path, chosen.getAbsolutePath()));
          }
        });
    HBox.setHgrow(file, Priority.ALWAYS);
    add("Path", new HBox(4, file, chooseFile, chooseDir));
    String rights =
        node.attribute("rights")
            .map(
                r ->
                    String.join(
                        ", ", r.children().stream().map(i -> i.scalarValue().orElse("")).toList()))
            .orElse("");
    TextField rightsField =
        FormFields.text(
            FILE_RIGHTS_ID,
            rights,
            v ->
                model.run(
                    c ->
                        c.setFileRights(
                            path,
                            Arrays.stream(v.split("[,\\s]+")).filter(s -> !s.isBlank()).toList())));
    rightsField.setPromptText("all the rights of its type (or e.g. fd_read, file_open)");
    add("Rights", rightsField);
  }

  private void socketFields(TreeNode node) {
    NodePath path = node.path();
    ComboBox<String> type = new ComboBox<>();
    type.setId(SOCKET_TYPE_ID);
    Arrays.stream(SocketType.values())
        .map(t -> t.name().toLowerCase(Locale.ROOT))
        .forEach(type.getItems()::add);
    String currentType = node.attribute("type").flatMap(TreeNode::scalarValue).orElse("stream");
    type.setValue(currentType);
    type.setOnAction(
        e -> {
          if (!type.getValue().equals(currentType)) {
            model.run(
                c ->
                    c.setSocketType(
                        path, SocketType.valueOf(type.getValue().toUpperCase(Locale.ROOT))));
          }
        });
    add("Socket type", type);
    SocketMode currentMode =
        node.attribute("connect").isPresent() ? SocketMode.CONNECT : SocketMode.BIND;
    String address =
        node.attribute(currentMode.name().toLowerCase(Locale.ROOT))
            .flatMap(TreeNode::scalarValue)
            .orElse("");
    ComboBox<String> mode = new ComboBox<>();
    mode.setId(SOCKET_MODE_ID);
    mode.getItems().setAll("bind", "connect");
    mode.setValue(currentMode.name().toLowerCase(Locale.ROOT));
    add("Mode", mode);
    Label check = new Label();
    check.setId(ADDRESS_CHECK_ID);
    check.setWrapText(true);
    TextField field =
        FormFields.text(
            SOCKET_ADDRESS_ID,
            address,
            a -> model.run(c -> c.setSocketAddress(path, modeOf(mode), a)));
    field.textProperty().addListener((o, a, typed) -> showCheck(check, typed));
    showCheck(check, address);
    mode.setOnAction(
        e -> {
          if (modeOf(mode) != currentMode) {
            model.run(c -> c.setSocketAddress(path, modeOf(mode), field.getText()));
          }
        });
    add("Address", field);
    add("", check);
  }

  private static SocketMode modeOf(ComboBox<String> mode) {
    return SocketMode.valueOf(mode.getValue().toUpperCase(Locale.ROOT));
  }

  /** The runner's verdict on the address, as it is typed. */
  private static void showCheck(Label check, String address) {
    Optional<String> problem = TreeCommands.checkAddress(address);
    check.setText(problem.orElse("✓ a valid address"));
    check.getStyleClass().removeAll(DesignerCss.CHECK_OK, DesignerCss.CHECK_BAD);
    check.getStyleClass().add(problem.isPresent() ? DesignerCss.CHECK_BAD : DesignerCss.CHECK_OK);
  }

  private javafx.scene.layout.FlowPane actions(TreeNode node) {
    Button remove = new Button("Remove");
    remove.setId(REMOVE_ID);
    remove.setOnAction(e -> model.run(c -> c.remove(node.path())));
    Button up = new Button("Move up");
    up.setId(MOVE_UP_ID);
    Button down = new Button("Move down");
    down.setId(MOVE_DOWN_ID);
    boolean root = node.path().isRoot();
    remove.setDisable(root);
    up.setDisable(root || node.path().index() == 0);
    down.setDisable(root);
    if (!root) {
      up.setOnAction(e -> model.run(c -> c.move(node.path(), node.path().index() - 1)));
      down.setOnAction(e -> model.run(c -> c.move(node.path(), node.path().index() + 1)));
    }
    javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(4, 4, remove, up, down);
    return buttons;
  }

  private void add(String label, Node field) {
    Label name = new Label(label);
    name.getStyleClass().add(DesignerCss.FORM_LABEL);
    add(name, 0, row);
    add(field, 1, row);
    row++;
  }
}
