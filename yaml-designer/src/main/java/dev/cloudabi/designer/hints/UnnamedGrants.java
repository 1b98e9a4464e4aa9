package dev.cloudabi.designer.hints;

import dev.cloudabi.designer.model.Diagnostic;
import dev.cloudabi.designer.tree.ConfigTree;
import dev.cloudabi.designer.tree.NodePath;
import dev.cloudabi.designer.tree.TreeNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Warns about descriptors granted under a key the program never names: the program most likely
 * ignores them, and a capability it does not use is one too many.
 */
public final class UnnamedGrants {
  private UnnamedGrants() {}

  /** One warning per capability node whose nearest enclosing key is not among the hints. */
  public static List<Diagnostic> of(ConfigTree tree, KeyHints hints) {
    List<Diagnostic> warnings = new ArrayList<>();
    if (hints.isEmpty()) {
      return warnings;
    }
    for (TreeNode node : tree.nodes()) {
      if (!node.kind().isCapability()) {
        continue;
      }
      nearestKey(tree, node.path())
          .filter(key -> !hints.contains(key.text()))
          .ifPresent(
              key ->
                  warnings.add(
                      Diagnostic.warning(
                          tree.text(),
                          key.start(),
                          key.end(),
                          "The program "
                              + hints.program()
                              + " never names '"
                              + key.text()
                              + "': it will probably not use this "
                              + node.kind().label()
                              + " descriptor")));
    }
    return warnings;
  }

  private static Optional<TreeNode.Key> nearestKey(ConfigTree tree, NodePath path) {
    NodePath p = path;
    while (!p.isRoot()) {
      Optional<TreeNode.Key> key = tree.node(p).key();
      if (key.isPresent()) {
        return key;
      }
      p = p.parent();
    }
    return Optional.empty();
  }
}
