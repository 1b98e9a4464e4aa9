package dev.cloudabi.argdata;

import java.math.BigInteger;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Serialises values back to front into a {@link BackwardBuffer}. Fd numbers pass through {@code
 * fdMapping}, which is how renumbering rewrites them without copying the tree.
 */
final class ArgdataEncoder {
  private final BackwardBuffer out;
  private final IntUnaryOperator fdMapping;

  private ArgdataEncoder(BackwardBuffer out, IntUnaryOperator fdMapping) {
    this.out = out;
    this.fdMapping = fdMapping;
  }

  static byte[] encode(ArgdataValue value, IntUnaryOperator fdMapping) {
    var out = new BackwardBuffer(256);
    new ArgdataEncoder(out, fdMapping).write(value);
    return out.toByteArray();
  }

  /** Writes one value and returns its encoded length. */
  private int write(ArgdataValue value) {
    int before = out.size();
    switch (value) {
      case NullValue n -> {}
      case BinaryValue b -> {
        out.put(b.bytesUnsafe());
        out.put(ArgdataType.BINARY.tag());
      }
      case BoolValue(boolean v) -> {
        if (v) {
          out.put(0x01);
        }
        out.put(ArgdataType.BOOL.tag());
      }
      case FdValue(int number) -> {
        out.putBigEndian(fdMapping.applyAsInt(number), 4);
        out.put(ArgdataType.FD.tag());
      }
      case FloatValue(long bits) -> {
        out.putBigEndian(bits, 8);
        out.put(ArgdataType.FLOAT.tag());
      }
      case LongIntValue(long v) -> {
        putMinimal(v);
        out.put(ArgdataType.INT.tag());
      }
      case BigIntValue(BigInteger v) -> {
        putMinimal(v);
        out.put(ArgdataType.INT.tag());
      }
      case TimestampValue(BigInteger nanos) -> {
        if (nanos.bitLength() < Long.SIZE) {
          putMinimal(nanos.longValue());
        } else {
          putMinimal(nanos);
        }
        out.put(ArgdataType.TIMESTAMP.tag());
      }
      case StrValue(String s) -> out.putStr(s);
      case SeqValue(List<ArgdataValue> elements) -> writeSeq(elements);
      case MapValue map -> writeMap((EntryList) map.entries()); // always, by its constructor
    }
    return out.size() - before;
  }

  // The container loops are methods of their own: a big map is one call with a long loop, which
  // the JIT compiles on the stack (OSR); inside the large type switch that code was 3x slower.
  private void writeSeq(List<ArgdataValue> elements) {
    for (int i = elements.size() - 1; i >= 0; i--) {
      writeSubfield(elements.get(i));
    }
    out.put(ArgdataType.SEQ.tag());
  }

  private void writeMap(EntryList entries) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      writeSubfield(entries.value(i));
      writeSubfield(entries.key(i));
    }
    out.put(ArgdataType.MAP.tag());
  }

  /**
   * Writes one element of a map or seq with its length. Strings and small ints, most of any real
   * tree, are written here directly: going through the full type switch costs more than the bytes.
   */
  private void writeSubfield(ArgdataValue value) {
    if (value instanceof StrValue(String s)) {
      out.putStrSubfield(s);
    } else if (value instanceof LongIntValue(long v)) {
      out.putIntSubfield(v, minimalLength(v));
    } else {
      out.putSubfieldLength(write(value));
    }
  }

  private static int minimalLength(long v) {
    int bits = Long.SIZE - Long.numberOfLeadingZeros(v < 0 ? ~v : v) + 1; // + the sign bit
    return v == 0 ? 0 : (bits + 7) >>> 3;
  }

  /**
   * Shortest two's-complement form (§2): zero is empty, else just enough bytes for value and sign.
   */
  private void putMinimal(long v) {
    out.putBigEndian(v, minimalLength(v));
  }

  private void putMinimal(BigInteger v) {
    if (v.signum() != 0) {
      out.put(v.toByteArray()); // toByteArray is already the minimal form
    }
  }
}
