package dev.cloudabi.argdata;

/**
 * Walks a map's key/value pairs in place. Moving on reads two subfield lengths and allocates
 * nothing; {@link #key()} and {@link #value()} hand out readers for the current pair.
 */
public final class MapIterator {
  private final Bytes bytes;
  private final long end;
  private final ArgdataLimits limits;
  private long pos;
  private long keyStart = -1;
  private long keyLength;
  private long valueStart;
  private long valueLength;

  MapIterator(Bytes bytes, long start, long end, ArgdataLimits limits) {
    this.bytes = bytes;
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
    long keyField = Wire.subfield(bytes, pos, end);
    long ks = pos + Wire.headerSize(keyField);
    long kl = Wire.length(keyField);
    long valuePos = ks + kl;
    if (valuePos >= end) {
      throw ArgdataReader.oddMap(pos);
    }
    long valueField = Wire.subfield(bytes, valuePos, end);
    keyStart = ks;
    keyLength = kl;
    valueStart = valuePos + Wire.headerSize(valueField);
    valueLength = Wire.length(valueField);
    pos = valueStart + valueLength;
    return true;
  }

  public ArgdataReader key() {
    requireCurrent();
    return new ArgdataReader(bytes, keyStart, keyLength, limits);
  }

  /**
   * The current key as a string, checked like {@link ArgdataReader#getStr()}; the common case of
   * string-keyed maps without making a reader for the key.
   */
  public String keyStr() throws ArgdataFormatException {
    requireCurrent();
    if (keyLength == 0 || bytes.u8(keyStart) != ArgdataType.STR.tag()) {
      return key().getStr(); // fails with the reader's wrong-type message
    }
    return Payloads.str(bytes, keyStart, keyLength);
  }

  public ArgdataReader value() {
    requireCurrent();
    return new ArgdataReader(bytes, valueStart, valueLength, limits);
  }

  private void requireCurrent() {
    if (keyStart < 0) {
      throw new IllegalStateException("no current pair: call next() first and check its result");
    }
  }
}
