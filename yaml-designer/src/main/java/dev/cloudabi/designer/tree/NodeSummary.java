package dev.cloudabi.designer.tree;

/** The one-line description of a node the tree shows next to its key. */
public final class NodeSummary {
  private static final int MAX = 48;

  private NodeSummary() {}

  public static String of(TreeNode node) {
    return switch (node.kind()) {
      case MAP -> "map, " + count(node.children().size(), "entry", "entries");
      case SEQ -> "sequence, " + count(node.children().size(), "item", "items");
      case FD -> "!fd " + node.scalarValue().orElse("");
      case EXECUTABLE -> "!executable";
      case FILE -> "!file " + node.attribute("path").flatMap(TreeNode::scalarValue).orElse("?");
      case SOCKET -> socket(node);
      case STRING -> quoteShort(node.scalarValue().orElse(""));
      case NULL -> "null";
      case UNKNOWN -> "unknown tag " + node.yaml().tag();
      default -> shorten(node.scalarValue().orElse("")) + " (" + node.kind().label() + ")";
    };
  }

  private static String socket(TreeNode node) {
    String type = node.attribute("type").flatMap(TreeNode::scalarValue).orElse("stream");
    String mode = node.attribute("bind").isPresent() ? "bind" : "connect";
    String address = node.attribute(mode).flatMap(TreeNode::scalarValue).orElse("no address");
    return "!socket " + type + " " + mode + " " + address;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String quoteShort(String s) {
    return "\"" + shorten(s) + "\"";
  }

  private static String shorten(String s) {
    String line = s.replace("\n", "⏎");
    return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "…";
  }
}
