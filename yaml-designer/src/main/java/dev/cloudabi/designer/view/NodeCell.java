package dev.cloudabi.designer.view;

import dev.cloudabi.designer.tree.NodePath;
import dev.cloudabi.designer.tree.TreeNode;
import java.util.Optional;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * A tree row: the node's key and summary. Rows can be dragged onto a sibling to move the node to
 * that sibling's place; nodes never change parent by dragging.
 */
final class NodeCell extends TreeCell<TreeNode> {
  NodeCell(DesignerViewModel model) {
    setOnDragDetected(
        e -> {
          TreeNode node = getItem();
          if (node == null || node.path().isRoot()) {
            return;
          }
          Dragboard board = startDragAndDrop(TransferMode.MOVE);
          ClipboardContent content = new ClipboardContent();
          content.putString(node.path().toString());
          board.setContent(content);
          e.consume();
        });
    setOnDragOver(
        e -> {
          if (target(e).isPresent()) {
            e.acceptTransferModes(TransferMode.MOVE);
          }
          e.consume();
        });
    setOnDragEntered(
        e -> {
          if (target(e).isPresent()) {
            getStyleClass().add(DesignerCss.DROP_TARGET);
          }
        });
    setOnDragExited(e -> getStyleClass().remove(DesignerCss.DROP_TARGET));
    setOnDragDropped(
        e -> {
          Optional<NodePath> source = target(e);
          boolean moved =
              source.isPresent() && model.run(c -> c.move(source.get(), getItem().path().index()));
          e.setDropCompleted(moved);
          e.consume();
        });
  }

  /** The dragged node's path, when this row is a sibling it may move to. */
  private Optional<NodePath> target(DragEvent e) {
    TreeNode here = getItem();
    if (here == null || here.path().isRoot() || !e.getDragboard().hasString()) {
      return Optional.empty();
    }
    try {
      NodePath source = NodePath.parse(e.getDragboard().getString());
      boolean sibling =
          !source.isRoot()
              && source.parent().equals(here.path().parent())
              && source.index() != here.path().index();
      return sibling ? Optional.of(source) : Optional.empty();
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }

  @Override
  protected void updateItem(TreeNode node, boolean empty) {
    super.updateItem(node, empty);
    getStyleClass().remove(DesignerCss.TREE_CAPABILITY);
    if (empty || node == null) {
      setText(null);
      return;
    }
    setText(TreePane.label(node));
    if (node.kind().isCapability()) {
      getStyleClass().add(DesignerCss.TREE_CAPABILITY);
    }
  }
}
