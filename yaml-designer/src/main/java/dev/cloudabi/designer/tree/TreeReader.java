package dev.cloudabi.designer.tree;

import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.Tags;
import dev.cloudabi.runner.config.YamlDocumentReader;
import dev.cloudabi.runner.config.YamlNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a configuration text into a {@link ConfigTree} with the runner's own YAML reader, and
 * measures what the reader does not report: the tight end of block collections (the parser's end
 * lies at the next token, past comments and blank lines), flow style, entry starts and indicators.
 */
public final class TreeReader {
  private static final Pattern DIRECTIVE =
      Pattern.compile("(?m)^%TAG\\s+!\\s+" + Pattern.quote(Tags.CLOUDABI) + "\\s*$");
  private static final Pattern DOCUMENT_START = Pattern.compile("(?m)^---(?=\\s|$)");

  private final String sourceName;

  public TreeReader(String sourceName) {
    this.sourceName = sourceName;
  }

  /**
   * @throws ConfigException when the text is not one YAML document (the runner's message and place)
   */
  public ConfigTree read(String text) throws ConfigException {
    YamlNode root = new YamlDocumentReader(sourceName).read(new StringReader(text));
    var start = DOCUMENT_START.matcher(text);
    int rootAt = Math.min(root.span().start(), text.length());
    int documentStart = start.find() && start.start() <= rootAt ? start.end() : 0;
    boolean directive = DIRECTIVE.matcher(text.substring(0, Math.max(0, documentStart))).find();
    Builder builder = new Builder(text);
    TreeNode tree = builder.node(root, NodePath.ROOT, Optional.empty(), false, -1);
    return new ConfigTree(text, tree, directive, documentStart);
  }

  /** The kind of a node from its tag, or for untagged scalars from the C front end's typing. */
  static NodeKind kindOf(YamlNode node) {
    String tag = node.tag();
    if (tag == null) {
      return switch (node) {
        case YamlNode.Mapping m -> NodeKind.MAP;
        case YamlNode.Sequence s -> NodeKind.SEQ;
        case YamlNode.Scalar s -> s.plain() ? PlainTyping.kind(s.value()) : NodeKind.STRING;
      };
    }
    NodeKind kind =
        switch (tag) {
          case Tags.YAML + "map" -> NodeKind.MAP;
          case Tags.YAML + "seq" -> NodeKind.SEQ;
          case Tags.YAML + "str" -> NodeKind.STRING;
          case Tags.YAML + "int" -> NodeKind.INT;
          case Tags.YAML + "float" -> NodeKind.FLOAT;
          case Tags.YAML + "bool" -> NodeKind.BOOL;
          case Tags.YAML + "null" -> NodeKind.NULL;
          case Tags.YAML + "timestamp" -> NodeKind.TIMESTAMP;
          case Tags.YAML + "binary" -> NodeKind.BINARY;
          case Tags.CLOUDABI + "fd" -> NodeKind.FD;
          case Tags.CLOUDABI + "file" -> NodeKind.FILE;
          case Tags.CLOUDABI + "socket" -> NodeKind.SOCKET;
          case Tags.CLOUDABI + "executable" -> NodeKind.EXECUTABLE;
          default -> NodeKind.UNKNOWN;
        };
    boolean fits =
        switch (kind) {
          case MAP, FILE, SOCKET -> node instanceof YamlNode.Mapping;
          case SEQ -> node instanceof YamlNode.Sequence;
          case UNKNOWN -> true;
          default -> node instanceof YamlNode.Scalar;
        };
    return fits ? kind : NodeKind.UNKNOWN;
  }

  /** Builds nodes over one text. */
  private record Builder(String text) {
    TreeNode node(
        YamlNode yaml,
        NodePath path,
        Optional<TreeNode.Key> key,
        boolean parentIsBlockSeq,
        int indicatorEnd) {
      int start = Math.min(yaml.span().start(), text.length());
      boolean flow = isFlow(yaml, start);
      List<TreeNode> children = new ArrayList<>();
      switch (yaml) {
        case YamlNode.Mapping m -> {
          for (int i = 0; i < m.entries().size(); i++) {
            YamlNode.Entry entry = m.entries().get(i);
            TreeNode.Key k = key(entry.key());
            children.add(
                node(entry.value(), path.child(i), Optional.of(k), false, colonAfter(k.end())));
          }
        }
        case YamlNode.Sequence s -> {
          for (int i = 0; i < s.items().size(); i++) {
            YamlNode item = s.items().get(i);
            int dash = flow ? -1 : dashBefore(item.span().start());
            children.add(node(item, path.child(i), Optional.empty(), !flow, dash));
          }
        }
        case YamlNode.Scalar s -> {}
      }
      int end = tightEnd(yaml, start, flow, children);
      int entryStart = key.map(TreeNode.Key::start).orElse(start);
      if (parentIsBlockSeq && indicatorEnd > 0) {
        entryStart = indicatorEnd - 1;
      }
      return new TreeNode(
          path,
          kindOf(yaml),
          yaml,
          start,
          end,
          flow,
          key,
          entryStart,
          indicatorEnd,
          withTrailingComment(end),
          children);
    }

    private TreeNode.Key key(YamlNode node) {
      int start = Math.min(node.span().start(), text.length());
      int end = trimEnd(start, Math.min(node.span().end(), text.length()));
      String value =
          node instanceof YamlNode.Scalar s ? s.value() : text.substring(start, end).strip();
      return new TreeNode.Key(node, start, end, value);
    }

    private int tightEnd(YamlNode yaml, int start, boolean flow, List<TreeNode> children) {
      if (!flow && !children.isEmpty()) {
        return children.getLast().end();
      }
      return trimEnd(start, Math.min(yaml.span().end(), text.length()));
    }

    private int trimEnd(int start, int end) {
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return end;
    }

    /** A collection is in flow style when, after its tag and anchor, it opens with { or [. */
    private boolean isFlow(YamlNode yaml, int start) {
      if (yaml instanceof YamlNode.Scalar) {
        return false;
      }
      int i = start;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '!' || c == '&') {
          while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
          }
        } else if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '#') {
          while (i < text.length() && text.charAt(i) != '\n') {
            i++;
          }
        } else {
          return c == '{' || c == '[';
        }
      }
      return false;
    }

    /** Just after the ':' following a key, skipping blanks; -1 when there is none. */
    private int colonAfter(int keyEnd) {
      int i = keyEnd;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      return i < text.length() && text.charAt(i) == ':' ? i + 1 : -1;
    }

    /** Just after the '-' before a block sequence item, skipping blanks and line breaks. */
    private int dashBefore(int itemStart) {
      int i = Math.min(itemStart, text.length()) - 1;
      while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      return i >= 0 && text.charAt(i) == '-' ? i + 1 : -1;
    }

    /** Extends an end over a comment on the rest of its line. */
    private int withTrailingComment(int end) {
      int i = end;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i < text.length() && text.charAt(i) == '#' && i > end) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
        return i;
      }
      return end;
    }
  }
}
