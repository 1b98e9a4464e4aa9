package dev.cloudabi.designer.edit;

import dev.cloudabi.designer.text.LineIndex;
import dev.cloudabi.designer.text.TextEdit;
import dev.cloudabi.designer.text.TextEdits;
import dev.cloudabi.designer.tree.ConfigTree;
import dev.cloudabi.designer.tree.NodePath;
import dev.cloudabi.designer.tree.TreeNode;
import dev.cloudabi.runner.config.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a change of the tree into the smallest splice of the text it was read from: everything
 * outside the changed entry, comments and key order included, stays as it was. New entries follow
 * their siblings: a new line at the siblings' indentation in block style, a {@code ", "}-separated
 * item in flow style. An empty {@code {}} or {@code []} in block context opens into block style.
 *
 * <p>Values and keys given to it are YAML text already (see {@link ScalarEmitter}) that fits on one
 * line: scalars and flow collections.
 */
public final class TreeEditor {
  private static final String DIRECTIVE = Tags.DIRECTIVE + "\n";

  private final ConfigTree tree;
  private final String text;
  private final LineIndex lines;

  public TreeEditor(ConfigTree tree) {
    this.tree = tree;
    this.text = tree.text();
    this.lines = new LineIndex(text);
  }

  /** Replaces the value of the node at {@code path} with {@code value}. */
  public TextEdit setValue(NodePath path, String value) {
    TreeNode node = tree.node(path);
    boolean inlineAfterIndicator =
        (isBlockCollection(node) || node.start() == node.end()) && node.indicatorEnd() > 0;
    TextEdit edit =
        inlineAfterIndicator
            ? new TextEdit(node.indicatorEnd(), node.end(), " " + value)
            : new TextEdit(node.start(), node.end(), value);
    return withDirectiveFor(value, edit);
  }

  /** Renames the key of the mapping entry at {@code path} to {@code key} (YAML text). */
  public TextEdit renameKey(NodePath path, String key) {
    TreeNode.Key old =
        tree.node(path)
            .key()
            .orElseThrow(() -> new IllegalArgumentException(path + " is not a mapping entry"));
    return new TextEdit(old.start(), old.end(), key);
  }

  /**
   * Inserts a new child at {@code index} of the collection at {@code parentPath}: {@code key} must
   * be present exactly when the parent is a mapping.
   */
  public TextEdit insert(NodePath parentPath, int index, Optional<String> key, String value) {
    TreeNode parent = tree.node(parentPath);
    if (parent.isMapping() != key.isPresent() || !parent.isMapping() && !parent.isSequence()) {
      throw new IllegalArgumentException(
          parentPath + " is not a " + (key.isPresent() ? "mapping" : "sequence"));
    }
    List<TreeNode> children = parent.children();
    int at = Math.clamp(index, 0, children.size());
    TextEdit edit;
    if (children.isEmpty()) {
      edit = fillEmpty(parent, key, value);
    } else if (parent.flow()) {
      String entry = key.map(k -> k + ": " + value).orElse(value);
      edit =
          at == children.size()
              ? TextEdit.insert(children.getLast().entryEnd(), ", " + entry)
              : TextEdit.insert(children.get(at).entryStart(), entry + ", ");
    } else {
      String entry = blockEntry(key, value);
      String indent = " ".repeat(lines.column(children.getFirst().entryStart()) - 1);
      edit =
          at == children.size()
              ? TextEdit.insert(children.getLast().entryEnd(), "\n" + indent + entry)
              : TextEdit.insert(children.get(at).entryStart(), entry + "\n" + indent);
    }
    return withDirectiveFor(value, edit);
  }

  /** Removes the entry or item at {@code path}; the last one leaves {@code {}} or {@code []}. */
  public TextEdit remove(NodePath path) {
    TreeNode parent = tree.node(path.parent());
    List<TreeNode> siblings = parent.children();
    int i = path.index();
    TreeNode node = siblings.get(i);
    if (siblings.size() == 1) {
      return emptied(parent);
    }
    if (parent.flow()) {
      return i < siblings.size() - 1
          ? new TextEdit(node.entryStart(), siblings.get(i + 1).entryStart(), "")
          : new TextEdit(siblings.get(i - 1).entryEnd(), node.entryEnd(), "");
    }
    int lineStart = lines.lineStart(node.entryStart());
    if (!text.substring(lineStart, node.entryStart()).isBlank()) {
      // The first entry of a compact collection ("- a: 1"): the next entry moves up in its place.
      return new TextEdit(node.entryStart(), siblings.get(i + 1).entryStart(), "");
    }
    int end = node.entryEnd();
    if (end < text.length() && text.charAt(end) == '\n') {
      return new TextEdit(lineStart, end + 1, "");
    }
    return new TextEdit(Math.max(0, lineStart - 1), end, "");
  }

  /**
   * Moves the entry at {@code path} to {@code newIndex} among its siblings: the entries' texts
   * trade places, the separators between them (line breaks, indentation, comment lines) stay.
   */
  public TextEdit move(NodePath path, int newIndex) {
    TreeNode parent = tree.node(path.parent());
    List<TreeNode> siblings = parent.children();
    int from = path.index();
    int to = Math.clamp(newIndex, 0, siblings.size() - 1);
    List<String> entries = new ArrayList<>();
    for (TreeNode s : siblings) {
      entries.add(text.substring(s.entryStart(), s.entryEnd()));
    }
    entries.add(to, entries.remove(from));
    StringBuilder region = new StringBuilder();
    for (int k = 0; k < siblings.size(); k++) {
      region.append(entries.get(k));
      if (k < siblings.size() - 1) {
        region.append(text, siblings.get(k).entryEnd(), siblings.get(k + 1).entryStart());
      }
    }
    return new TextEdit(
            siblings.getFirst().entryStart(), siblings.getLast().entryEnd(), region.toString())
        .minimal(text);
  }

  private TextEdit fillEmpty(TreeNode parent, Optional<String> key, String value) {
    int open = openingBracket(parent);
    boolean blockContext = parent.yaml().tag() == null && !insideFlow(parent.path()) && open >= 0;
    if (!blockContext) {
      String entry = key.map(k -> k + ": " + value).orElse(value);
      return new TextEdit(open + 1, parent.end() - 1, entry);
    }
    String entry = blockEntry(key, value);
    if (parent.path().isRoot()) {
      return new TextEdit(parent.start(), parent.end(), entry);
    }
    if (parent.key().isPresent() && parent.indicatorEnd() > 0) {
      String indent = " ".repeat(lines.column(parent.entryStart()) - 1 + 2);
      return new TextEdit(parent.indicatorEnd(), parent.end(), "\n" + indent + entry);
    }
    // An item of a block sequence: the collection starts on the item's line ("- key: value").
    return new TextEdit(parent.start(), parent.end(), entry);
  }

  private TextEdit emptied(TreeNode parent) {
    String empty = parent.isMapping() ? "{}" : "[]";
    if (parent.flow()) {
      return new TextEdit(openingBracket(parent) + 1, parent.end() - 1, "");
    }
    int tagEnd = tagEnd(parent);
    if (tagEnd > parent.start()) {
      return new TextEdit(tagEnd, parent.end(), " " + empty);
    }
    if (parent.indicatorEnd() > 0) {
      return new TextEdit(parent.indicatorEnd(), parent.end(), " " + empty);
    }
    return new TextEdit(parent.start(), parent.end(), empty);
  }

  private static String blockEntry(Optional<String> key, String value) {
    return key.map(k -> k + ": " + value).orElse("- " + value);
  }

  private boolean insideFlow(NodePath path) {
    NodePath p = path;
    while (!p.isRoot()) {
      p = p.parent();
      if (tree.node(p).flow()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlockCollection(TreeNode node) {
    return (node.isMapping() || node.isSequence()) && !node.flow();
  }

  /** The offset of the { or [ that opens a flow collection; -1 when there is none. */
  private int openingBracket(TreeNode node) {
    for (int i = tagEnd(node); i < node.end(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        return i;
      }
      if (!Character.isWhitespace(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of the node's tag and anchor (its start when it has neither). */
  private int tagEnd(TreeNode node) {
    int i = node.start();
    while (i < node.end() && (text.charAt(i) == '!' || text.charAt(i) == '&')) {
      while (i < node.end() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int next = i;
      while (next < node.end() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < node.end() && (text.charAt(next) == '!' || text.charAt(next) == '&')) {
        i = next;
      }
    }
    return i;
  }

  /** Adds the {@code %TAG} directive in the same edit when a capability tag needs it. */
  private TextEdit withDirectiveFor(String value, TextEdit edit) {
    if (tree.hasCloudabiDirective() || !usesCloudabiTag(value)) {
      return edit;
    }
    String header = tree.documentStart() > 0 ? DIRECTIVE : DIRECTIVE + "---\n";
    return TextEdits.merge(text, List.of(TextEdit.insert(0, header), edit));
  }

  /** New capability values start with their tag ({@code !fd stdout}, {@code !socket {…}}). */
  private static boolean usesCloudabiTag(String value) {
    return value.startsWith("!") && !value.startsWith("!!");
  }
}
