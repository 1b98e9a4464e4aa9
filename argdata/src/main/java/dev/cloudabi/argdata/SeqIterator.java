package dev.cloudabi.argdata;

/**
 * Walks a sequence's elements in place; moving on reads one subfield length and allocates nothing.
 */
public final class SeqIterator {
  private final Bytes bytes;
  private final long end;
  private final ArgdataLimits limits;
  private long pos;
  private long valueStart = -1;
  private long valueLength;

  SeqIterator(Bytes bytes, long start, long end, ArgdataLimits limits) {
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
    this.limits = limits;
  }

  /** Moves to the next element; false at the end of the sequence. */
  public boolean next() throws ArgdataFormatException {
    if (pos >= end) {
      valueStart = -1;
      return false;
    }
    long field = Wire.subfield(bytes, pos, end);
    valueStart = pos + Wire.headerSize(field);
    valueLength = Wire.length(field);
    pos = valueStart + valueLength;
    return true;
  }

  public ArgdataReader value() {
    if (valueStart < 0) {
      throw new IllegalStateException("no current element: call next() first and check its result");
    }
    return new ArgdataReader(bytes, valueStart, valueLength, limits);
  }
}
