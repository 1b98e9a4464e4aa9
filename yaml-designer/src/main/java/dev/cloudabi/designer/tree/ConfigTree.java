package dev.cloudabi.designer.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A successful parse of a configuration text: the text and its tree. Edits are computed against
 * exactly this text, so a tree is only ever used with the text it was read from.
 *
 * @param hasCloudabiDirective whether {@code %TAG ! tag:nuxi.nl,2015:cloudabi/} precedes the
 *     document (needed for {@code !fd} and friends)
 * @param documentStart where the document's root may be written: after {@code ---} if there is one,
 *     else 0
 */
public record ConfigTree(
    String text, TreeNode root, boolean hasCloudabiDirective, int documentStart) {

  public Optional<TreeNode> find(NodePath path) {
    TreeNode node = root;
    for (int step : path.steps()) {
      if (step >= node.children().size()) {
        return Optional.empty();
      }
      node = node.children().get(step);
    }
    return Optional.of(node);
  }

  /** The node at {@code path}, which must exist. */
  public TreeNode node(NodePath path) {
    return find(path)
        .orElseThrow(() -> new IllegalArgumentException("no node at " + path + " in the tree"));
  }

  /** Every node, depth first, parents before children. */
  public List<TreeNode> nodes() {
    List<TreeNode> all = new ArrayList<>();
    walk(root, all::add);
    return all;
  }

  private static void walk(TreeNode node, Consumer<TreeNode> visitor) {
    visitor.accept(node);
    node.children().forEach(c -> walk(c, visitor));
  }

  /** The deepest node whose text contains {@code offset} (for following the editor's caret). */
  public TreeNode nodeAt(int offset) {
    TreeNode node = root;
    boolean deeper = true;
    while (deeper) {
      deeper = false;
      for (TreeNode child : node.children()) {
        if (offset >= child.entryStart() && offset <= child.entryEnd()) {
          node = child;
          deeper = true;
          break;
        }
      }
    }
    return node;
  }
}
