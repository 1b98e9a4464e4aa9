package dev.cloudabi.designer.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a node sits in the tree: the child index at each level from the root (for a mapping, the
 * index of the entry). Paths survive re-parsing as long as the structure above the node does, which
 * is how the selection follows an edit.
 */
public record NodePath(List<Integer> steps) {
  public static final NodePath ROOT = new NodePath(List.of());

  public NodePath {
    steps = List.copyOf(steps);
    for (int step : steps) {
      if (step < 0) {
        throw new IllegalArgumentException("negative step in node path " + steps);
      }
    }
  }

  public static NodePath of(Integer... steps) {
    return new NodePath(List.of(steps));
  }

  /** Reads the form {@link #toString()} writes: {@code /} for the root, {@code /0/2} below it. */
  public static NodePath parse(String text) {
    if (!text.matches("/|(/[0-9]{1,9})+")) {
      throw new IllegalArgumentException("not a node path: " + text);
    }
    List<Integer> steps = new ArrayList<>();
    for (String part : text.substring(1).split("/")) {
      if (!part.isEmpty()) {
        steps.add(Integer.parseInt(part));
      }
    }
    return new NodePath(steps);
  }

  public NodePath child(int index) {
    List<Integer> more = new ArrayList<>(steps);
    more.add(index);
    return new NodePath(more);
  }

  public boolean isRoot() {
    return steps.isEmpty();
  }

  /** The parent's path; the root has none. */
  public NodePath parent() {
    if (isRoot()) {
      throw new IllegalStateException("the root has no parent");
    }
    return new NodePath(steps.subList(0, steps.size() - 1));
  }

  /** The index of this node in its parent. */
  public int index() {
    if (isRoot()) {
      throw new IllegalStateException("the root has no index");
    }
    return steps.getLast();
  }

  public NodePath withIndex(int index) {
    return parent().child(index);
  }

  @Override
  public String toString() {
    return isRoot()
        ? "/"
        : steps.stream().map(String::valueOf).collect(Collectors.joining("/", "/", ""));
  }
}
