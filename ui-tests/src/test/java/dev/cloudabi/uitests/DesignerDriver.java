package dev.cloudabi.uitests;

import dev.cloudabi.designer.argdata.HexRow;
import dev.cloudabi.designer.tree.NodeSummary;
import dev.cloudabi.designer.tree.TreeNode;
import dev.cloudabi.designer.view.DesignerView;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the YAML designer of the active configuration tab like a user: clicks and typing. */
final class DesignerDriver {
  private final FxRobot robot;

  DesignerDriver(FxRobot robot) {
    this.robot = robot;
  }

  DesignerView view() {
    return WorkbenchDriver.visible(robot, "#designer");
  }

  String text() {
    return view().editor().getText();
  }

  /**
   * Waits until the background analysis has caught up with the text, so the tree, diagnostics and
   * bytes show what the text says.
   */
  DesignerDriver settle() {
    DesignerView view = view();
    try {
      WorkbenchDriver.waitFor(
          10,
          () ->
              WaitForAsyncUtils.asyncFx(() -> view.model().isAnalysisCurrent())
                  .get(10, TimeUnit.SECONDS));
    } catch (TimeoutException e) {
      throw new AssertionError("the designer's analysis did not catch up with its text", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
    return this;
  }

  /** Clicks a palette button: {@code socket}, {@code string}, {@code file}, … */
  DesignerDriver add(String kind) {
    robot.clickOn((Node) WorkbenchDriver.visible(robot, "#designer-add-" + kind));
    return settle();
  }

  /** Types {@code text} over the content of a text field and presses Enter. */
  DesignerDriver type(String fieldId, String text) {
    Node node = WorkbenchDriver.visible(robot, "#" + fieldId);
    TextField field = node instanceof ComboBox<?> box ? box.getEditor() : (TextField) node;
    robot.clickOn(field);
    robot.push(KeyCode.CONTROL, KeyCode.A);
    robot.write(text);
    robot.type(KeyCode.ENTER);
    return settle();
  }

  /** Clicks into the text, selects {@code [start, end)} and types {@code text} over it. */
  DesignerDriver typeInText(int start, int end, String text) {
    var editor = view().editor();
    robot.clickOn(editor.area());
    robot.interact(() -> editor.selectRange(start, end));
    robot.write(text);
    return settle();
  }

  DesignerDriver key(String key) {
    return type("designer-key", key);
  }

  /**
   * The shown tree row whose label starts with {@code prefix} (a rebuilt tree can leave hidden
   * cells behind with old labels).
   */
  TreeCell<?> row(String prefix) {
    return robot
        .lookup(".tree-cell")
        .match(
            (TreeCell<?> c) ->
                c.isVisible()
                    && c.getTreeItem() != null
                    && c.getText() != null
                    && c.getText().startsWith(prefix))
        .query();
  }

  /** Clicks the tree row whose label starts with {@code prefix}. */
  DesignerDriver select(String prefix) {
    robot.clickOn(row(prefix));
    return settle();
  }

  @SuppressWarnings("unchecked")
  TreeView<TreeNode> tree() {
    return (TreeView<TreeNode>) WorkbenchDriver.<Node>visible(robot, "#designer-tree");
  }

  /** The rows of the tree as the user reads them: key and summary, children indented. */
  List<String> treeRows() {
    settle();
    List<String> rows = new ArrayList<>();
    collect(tree().getRoot(), 0, rows);
    return rows;
  }

  private static void collect(TreeItem<TreeNode> item, int depth, List<String> rows) {
    if (item == null) {
      return;
    }
    TreeNode node = item.getValue();
    String name =
        node.key()
            .map(TreeNode.Key::text)
            .orElse(node.path().isRoot() ? "(root)" : "[" + node.path().index() + "]");
    rows.add("  ".repeat(depth) + name + ": " + NodeSummary.of(node));
    item.getChildren().forEach(c -> collect(c, depth + 1, rows));
  }

  /** The bytes the hex view shows, row after row. */
  byte[] hexBytes() {
    settle();
    ListView<?> hex = WorkbenchDriver.visible(robot, "#designer-hex");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object row : hex.getItems()) {
      out.writeBytes(((HexRow) row).bytes());
    }
    return out.toByteArray();
  }
}
