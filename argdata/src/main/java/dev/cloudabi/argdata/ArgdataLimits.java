package dev.cloudabi.argdata;

/**
 * Bounds for decoding untrusted bytes. They cap recursion (depth), memory (every allocation is
 * proportional to the input, which is at most {@code maxLength}) and the descriptor numbers
 * accepted.
 *
 * @param maxDepth most maps/sequences nested inside each other; a top-level map is depth 1
 * @param maxLength most bytes in the whole encoded value
 * @param maxFd highest descriptor number an fd may carry (2^31-1 at most: cloudlibc treats larger
 *     numbers as invalid); set it to n-1 when exactly n descriptors come with the data
 */
public record ArgdataLimits(int maxDepth, long maxLength, int maxFd) {
  /** 128 levels, 16 MiB, any descriptor number up to {@code INT_MAX}. */
  public static final ArgdataLimits DEFAULT = new ArgdataLimits(128, 16L << 20, Integer.MAX_VALUE);

  /** Highest accepted {@code maxDepth}. */
  public static final int MAX_DEPTH = 1000;

  /** Highest accepted {@code maxLength}. */
  public static final long MAX_LENGTH = Integer.MAX_VALUE - 16;

  public ArgdataLimits {
    // Decoding recurses once per level; 1000 frames stay well inside a default thread stack.
    if (maxDepth < 0 || maxDepth > MAX_DEPTH) {
      throw new IllegalArgumentException("maxDepth must be 0.." + MAX_DEPTH + ": " + maxDepth);
    }
    // Payloads are copied into Java arrays, which hold at most about 2^31 bytes.
    if (maxLength < 0 || maxLength > MAX_LENGTH) {
      throw new IllegalArgumentException("maxLength must be 0.." + MAX_LENGTH + ": " + maxLength);
    }
    if (maxFd < -1) {
      throw new IllegalArgumentException("maxFd must be -1 (no fds) or more: " + maxFd);
    }
  }

  public ArgdataLimits withMaxDepth(int depth) {
    return new ArgdataLimits(depth, maxLength, maxFd);
  }

  public ArgdataLimits withMaxLength(long length) {
    return new ArgdataLimits(maxDepth, length, maxFd);
  }

  public ArgdataLimits withMaxFd(int fd) {
    return new ArgdataLimits(maxDepth, maxLength, fd);
  }
}
