package dev.cloudabi.emulator.files;

import dev.cloudabi.emulator.abi.Errno;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent reference model of ABI §9 path resolution for the property test: a plain tree and
 * a recursive walk (the production resolver is an iterative walk over directory handles).
 */
final class ResolverModel {
  sealed interface Node permits Dir, File, Link {}

  static final class Dir implements Node {
    final Map<String, Node> children = new LinkedHashMap<>();
  }

  static final class File implements Node {}

  record Link(String target) implements Node {}

  /** A resolution: the node reached, or an errno. */
  record Outcome(Node node, Errno errno) {
    static Outcome of(Node node) {
      return new Outcome(node, null);
    }

    static Outcome fail(Errno errno) {
      return new Outcome(null, errno);
    }
  }

  private static final class Budget {
    int expansions;
  }

  private static final class Failure extends RuntimeException {
    final Errno errno;

    Failure(Errno errno) {
      super(errno.name(), null, false, false);
      this.errno = errno;
    }
  }

  private ResolverModel() {}

  /** What {@code file_stat_get(root, path, follow)} should reach. */
  static Outcome resolve(Dir root, String path, boolean follow) {
    if (path.indexOf('\0') >= 0) {
      return Outcome.fail(Errno.EILSEQ);
    }
    Deque<Dir> stack = new ArrayDeque<>();
    stack.push(root);
    try {
      return Outcome.of(walk(stack, path, follow, true, new Budget()));
    } catch (Failure f) {
      return Outcome.fail(f.errno);
    }
  }

  /**
   * Walks {@code path} from the top of {@code stack}. When {@code tail}, the path's last component
   * is the final one and the reached node is returned; otherwise every component must be a
   * directory and ends up on the stack.
   */
  private static Node walk(
      Deque<Dir> stack, String path, boolean follow, boolean tail, Budget budget) {
    if (path.isEmpty()) {
      throw new Failure(Errno.ENOENT);
    }
    if (path.startsWith("/")) {
      throw new Failure(Errno.ENOTCAPABLE);
    }
    boolean trailingSlash = path.endsWith("/");
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      boolean isFinal = tail && i == parts.size() - 1;
      if (part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (stack.size() == 1) {
          throw new Failure(Errno.ENOTCAPABLE);
        }
        stack.pop();
        continue;
      }
      Node node = stack.peek().children.get(part);
      if (node == null) {
        throw new Failure(Errno.ENOENT);
      }
      if (node instanceof Link link) {
        if (isFinal && !trailingSlash && !follow) {
          return node;
        }
        if (++budget.expansions >= 128) {
          throw new Failure(Errno.ELOOP);
        }
        String text = link.target() + (isFinal && trailingSlash ? "/" : "");
        if (isFinal) {
          return walk(stack, text, follow, true, budget);
        }
        walk(stack, text, follow, false, budget);
        continue;
      }
      if (node instanceof Dir dir) {
        if (isFinal) {
          return dir;
        }
        stack.push(dir);
        continue;
      }
      if (trailingSlash || !isFinal) {
        throw new Failure(Errno.ENOTDIR);
      }
      return node;
    }
    return stack.peek();
  }
}
