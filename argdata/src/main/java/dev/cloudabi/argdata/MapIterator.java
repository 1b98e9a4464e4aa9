package dev.cloudabi.argdata;

import java.lang.foreign.MemorySegment;

/**
 * Walks a map's key/value pairs in place. Moving on reads two subfield lengths and allocates
 * nothing; {@link #key()} and {@link #value()} hand out readers for the current pair.
 */
public final class MapIterator {
  private final MemorySegment segment;
  private final long end;
  private final ArgdataLimits limits;
  private long pos;
  private long keyStart = -1;
  private long keyLength;
  private long valueStart;
  private long valueLength;

  MapIterator(MemorySegment segment, long start, long end, ArgdataLimits limits) {
    this.segment = segment;
    this.pos = start;
    this.end = end;
    this.limits = limits;
  }

  /** Moves to the next pair; false at the end of the map. */
  public boolean next() throws ArgdataFormatException {
    if (pos >= end) {
      keyStart = -1;
      return false;
    }
    long keyField = Wire.subfield(segment, pos, end);
    long ks = pos + Wire.headerSize(keyField);
    long kl = Wire.length(keyField);
    long valuePos = ks + kl;
    if (valuePos >= end) {
      throw ArgdataReader.oddMap(pos);
    }
    long valueField = Wire.subfield(segment, valuePos, end);
    keyStart = ks;
    keyLength = kl;
    valueStart = valuePos + Wire.headerSize(valueField);
    valueLength = Wire.length(valueField);
    pos = valueStart + valueLength;
    return true;
  }

  public ArgdataReader key() {
    requireCurrent();
    return new ArgdataReader(segment, keyStart, keyLength, limits);
  }

  public ArgdataReader value() {
    requireCurrent();
    return new ArgdataReader(segment, valueStart, valueLength, limits);
  }

  private void requireCurrent() {
    if (keyStart < 0) {
      throw new IllegalStateException("no current pair: call next() first and check its result");
    }
  }
}
