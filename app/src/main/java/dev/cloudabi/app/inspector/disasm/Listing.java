package dev.cloudabi.app.inspector.disasm;

import java.util.List;

/** The disassembly of one range: a title and its instructions. */
public record Listing(String title, List<InstructionRow> rows) {
  public Listing {
    rows = List.copyOf(rows);
  }
}
