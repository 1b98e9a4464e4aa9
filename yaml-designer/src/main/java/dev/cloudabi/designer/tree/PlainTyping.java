package dev.cloudabi.designer.tree;

import dev.cloudabi.runner.config.CScalars;

/** The kind the launcher gives an untagged plain scalar (CLOUDABI-ABI.md §14.2). */
public final class PlainTyping {
  private PlainTyping() {}

  /** Bool, int, float, null and timestamp are tried in that order; anything else is a string. */
  public static NodeKind kind(String text) {
    if (CScalars.parseBool(text).isPresent()) {
      return NodeKind.BOOL;
    }
    if (CScalars.parseInt(text).isPresent()) {
      return NodeKind.INT;
    }
    if (CScalars.parseFloat(text).isPresent()) {
      return NodeKind.FLOAT;
    }
    if (CScalars.isNull(text)) {
      return NodeKind.NULL;
    }
    if (CScalars.parseTimestamp(text).isPresent()) {
      return NodeKind.TIMESTAMP;
    }
    return NodeKind.STRING;
  }
}
