package dev.cloudabi.designer.edit;

import dev.cloudabi.designer.hints.KeyHints;
import dev.cloudabi.designer.text.TextEdit;
import dev.cloudabi.designer.text.TextEdits;
import dev.cloudabi.designer.tree.ConfigTree;
import dev.cloudabi.designer.tree.NodeKind;
import dev.cloudabi.designer.tree.NodePath;
import dev.cloudabi.designer.tree.TreeNode;
import dev.cloudabi.runner.config.DescriptorSpec;
import dev.cloudabi.runner.config.SocketAddressSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the tree, the palette and the property form can do, each as a {@link Change} of the text the
 * tree was read from. Values typed by the user are checked here, with messages that say what is
 * wrong; nothing is changed when they are refused.
 */
public final class TreeCommands {
  private final ConfigTree tree;
  private final TreeEditor editor;
  private final KeyHints hints;

  public TreeCommands(ConfigTree tree, KeyHints hints) {
    this.tree = tree;
    this.editor = new TreeEditor(tree);
    this.hints = hints;
  }

  /**
   * Adds a new node of {@code kind}: into the selected collection (at its end), or after the
   * selected node in its parent. A new mapping entry gets the first key hint the mapping does not
   * have yet, else {@code key}, {@code key_2}, …
   */
  public Change add(NodePath selected, NodeKind kind) {
    TreeNode target = tree.find(selected).orElse(tree.root());
    NodePath parentPath;
    int index;
    if (target.kind().isCollection()) {
      parentPath = target.path();
      index = target.children().size();
    } else if (!target.path().isRoot()) {
      parentPath = target.path().parent();
      index = target.path().index() + 1;
    } else {
      throw new IllegalArgumentException(
          "The configuration is a single " + target.kind().label() + ": make it a Map first");
    }
    TreeNode parent = tree.node(parentPath);
    Optional<String> key =
        parent.isMapping()
            ? Optional.of(ScalarEmitter.string(freeKey(parent), parent.flow()))
            : Optional.empty();
    return new Change(
        editor.insert(parentPath, index, key, kind.template()), parentPath.child(index));
  }

  /** The key a new entry of {@code map} gets. */
  public String freeKey(TreeNode map) {
    Set<String> used = new HashSet<>();
    map.children().forEach(c -> c.key().ifPresent(k -> used.add(k.text())));
    for (String hint : hints.keys()) {
      if (!used.contains(hint)) {
        return hint;
      }
    }
    String key = "key";
    for (int n = 2; used.contains(key); n++) {
      key = "key_" + n;
    }
    return key;
  }

  public Change remove(NodePath path) {
    requireNotRoot(path, "remove");
    return new Change(editor.remove(path), path.parent());
  }

  /** Moves a node among its siblings (drag and drop in the tree). */
  public Change move(NodePath path, int newIndex) {
    requireNotRoot(path, "move");
    int last = tree.node(path.parent()).children().size() - 1;
    int to = Math.clamp(newIndex, 0, last);
    return new Change(editor.move(path, to), path.withIndex(to));
  }

  public Change renameKey(NodePath path, String key) {
    TreeNode node = tree.node(path);
    if (node.key().isEmpty()) {
      throw new IllegalArgumentException("Only entries of a map have a key");
    }
    return new Change(editor.renameKey(path, ScalarEmitter.string(key, flowContext(path))), path);
  }

  /** Sets a scalar node to {@code input} read as {@code kind}. */
  public Change setScalar(NodePath path, NodeKind kind, String input) {
    return new Change(
        editor.setValue(path, ScalarEmitter.value(kind, input, flowContext(path))), path);
  }

  /** Replaces the node with a new one of {@code kind} (the type chooser of the form). */
  public Change changeKind(NodePath path, NodeKind kind) {
    return new Change(editor.setValue(path, kind.template()), path);
  }

  public Change setFd(NodePath path, String input) {
    return new Change(editor.setValue(path, "!fd " + FdChoice.parse(input).yaml()), path);
  }

  public Change setFilePath(NodePath path, String file) {
    if (file.isBlank()) {
      throw new IllegalArgumentException("A !file needs a path");
    }
    return setAttribute(path, "path", ScalarEmitter.string(file, attributesFlow(path)));
  }

  /** Narrows a {@code !file}'s rights to {@code names}; no names means no narrowing. */
  public Change setFileRights(NodePath path, List<String> names) {
    TreeNode file = tree.node(path);
    for (String name : names) {
      RightNameCheck.check(name);
    }
    Optional<TreeNode> rights = file.attribute("rights");
    if (names.isEmpty()) {
      return rights.map(r -> new Change(editor.remove(r.path()), path)).orElse(unchanged(path));
    }
    String list = names.stream().map(String::strip).collect(Collectors.joining(", ", "[", "]"));
    return setAttribute(path, "rights", list);
  }

  public Change setSocketType(NodePath path, DescriptorSpec.SocketType type) {
    return setAttribute(path, "type", type.name().toLowerCase(Locale.ROOT));
  }

  /** Sets a socket's {@code bind} or {@code connect} address, replacing the other mode. */
  public Change setSocketAddress(NodePath path, DescriptorSpec.SocketMode mode, String address) {
    checkAddress(address)
        .ifPresent(
            message -> {
              throw new IllegalArgumentException(message);
            });
    String key = mode.name().toLowerCase(Locale.ROOT);
    String value = ScalarEmitter.string(address, attributesFlow(path));
    TreeNode socket = tree.node(path);
    Optional<TreeNode> current = socket.attribute("bind").or(() -> socket.attribute("connect"));
    if (current.isEmpty()) {
      return setAttribute(path, key, value);
    }
    TreeNode old = current.get();
    TextEdit edit =
        old.key().orElseThrow().text().equals(key)
            ? editor.setValue(old.path(), value)
            : TextEdits.merge(
                tree.text(),
                List.of(editor.renameKey(old.path(), key), editor.setValue(old.path(), value)));
    return new Change(edit, path);
  }

  /** The runner's own complaint about a socket address, if it has one. */
  public static Optional<String> checkAddress(String address) {
    try {
      SocketAddressSpec.parse(address);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  private Change setAttribute(NodePath path, String name, String value) {
    TreeNode node = tree.node(path);
    Optional<TreeNode> attribute = node.attribute(name);
    TextEdit edit =
        attribute.isPresent()
            ? editor.setValue(attribute.get().path(), value)
            : editor.insert(path, node.children().size(), Optional.of(name), value);
    return new Change(edit, path);
  }

  private Change unchanged(NodePath path) {
    return new Change(new TextEdit(0, 0, ""), path);
  }

  private boolean flowContext(NodePath path) {
    return !path.isRoot() && tree.node(path.parent()).flow();
  }

  private boolean attributesFlow(NodePath path) {
    TreeNode node = tree.node(path);
    return node.flow() || node.children().isEmpty();
  }

  private static void requireNotRoot(NodePath path, String what) {
    if (path.isRoot()) {
      throw new IllegalArgumentException("The root of the configuration cannot be " + what + "d");
    }
  }
}
