package dev.cloudabi.designer.tree;

import dev.cloudabi.runner.config.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * One node of the last good parse, with what an edit needs to splice the text: where its text
 * starts and ends (tag included; trailing blank lines and comments excluded), whether it is written
 * in flow style, its key, and where its entry in the parent starts and ends.
 *
 * @param entryStart where the entry begins: the key of a mapping entry, the {@code -} of a block
 *     sequence item, the node itself otherwise
 * @param indicatorEnd just after the {@code :} or {@code -} that introduces the value; -1 when
 *     there is none (the root, flow sequence items, flow entries without a value)
 * @param entryEnd the end of the entry, including a comment that follows it on its last line
 * @param children the entries' values of a mapping or the items of a sequence, also for the
 *     attribute mappings of {@code !file} and {@code !socket}
 */
public record TreeNode(
    NodePath path,
    NodeKind kind,
    YamlNode yaml,
    int start,
    int end,
    boolean flow,
    Optional<Key> key,
    int entryStart,
    int indicatorEnd,
    int entryEnd,
    List<TreeNode> children) {
  public TreeNode {
    children = List.copyOf(children);
  }

  /** A mapping entry's key: its node, its text's extent, and its value as a string. */
  public record Key(YamlNode node, int start, int end, String text) {}

  /** The scalar's value; empty for collections. */
  public Optional<String> scalarValue() {
    return yaml instanceof YamlNode.Scalar s ? Optional.of(s.value()) : Optional.empty();
  }

  /** Whether the node is written as a mapping (also {@code !file}, {@code !socket}). */
  public boolean isMapping() {
    return yaml instanceof YamlNode.Mapping;
  }

  public boolean isSequence() {
    return yaml instanceof YamlNode.Sequence;
  }

  /** The value of the attribute {@code name} of a mapping node (e.g. a socket's {@code bind}). */
  public Optional<TreeNode> attribute(String name) {
    return children.stream()
        .filter(c -> c.key().map(k -> k.text().equals(name)).orElse(false))
        .findFirst();
  }

  public String text(String document) {
    return document.substring(start, end);
  }
}
