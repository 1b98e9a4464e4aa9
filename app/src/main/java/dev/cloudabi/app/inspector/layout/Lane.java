package dev.cloudabi.app.inspector.layout;

import java.util.List;

/** One row of the picture: a span (the file, or the address space) and the blocks drawn on it. */
public record Lane(String title, long spanStart, long spanEnd, List<Block> blocks) {
  public Lane {
    blocks = List.copyOf(blocks);
  }
}
