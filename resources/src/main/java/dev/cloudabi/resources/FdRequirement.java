package dev.cloudabi.resources;

import java.util.OptionalInt;

/**
 * A descriptor the harness must provide as launcher descriptor {@code fd} before running an example
 * (manifest key {@code fd.<n>}); the example's YAML refers to it as {@code !fd <n>}.
 *
 * @param fd the launcher descriptor number
 * @param kind what to provide
 * @param argument the file name for {@link Kind#STDIN}, the peer descriptor for {@link
 *     Kind#SOCKETPAIR}, empty otherwise
 */
public record FdRequirement(int fd, Kind kind, String argument) {

  /** The kinds of descriptor an example can ask for. */
  public enum Kind {
    /** A read-only descriptor delivering the bytes of a file of the example folder. */
    STDIN("stdin"),
    /** A fresh, empty, writable temporary directory. */
    DIRECTORY("directory"),
    /** One end of a connected stream socket pair; the argument is the other end's number. */
    SOCKETPAIR("socketpair"),
    /** A bound, listening stream socket the test connects to. */
    LISTENING_SOCKET("listening-socket"),
    /** A writable descriptor whose content is discarded. */
    SINK("sink");

    private final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }

    /** The word used in manifests. */
    public String keyword() {
      return keyword;
    }
  }

  /** For {@link Kind#SOCKETPAIR}: the descriptor number of the other end. */
  public OptionalInt peer() {
    return kind == Kind.SOCKETPAIR
        ? OptionalInt.of(Integer.parseInt(argument))
        : OptionalInt.empty();
  }
}
