package dev.cloudabi.app.inspector;

import dev.cloudabi.app.binary.ByteRange;

/** What the panels of one binary ask of each other, through its {@code EventBus}. */
public sealed interface InspectorEvent {
  /** Highlight these bytes and bring the hex view to them. */
  record ShowBytes(ByteRange range) implements InspectorEvent {}

  /** Disassemble {@code size} bytes at virtual address {@code address}. */
  record ShowDisassembly(long address, long size, String label) implements InspectorEvent {}
}
