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
      case StrValue(String s) -> {
        out.put(0);
        out.putUtf8(s);
        out.put(ArgdataType.STR.tag());
      }
      case SeqValue(List<ArgdataValue> elements) -> {
        for (int i = elements.size() - 1; i >= 0; i--) {
          out.putSubfieldLength(write(elements.get(i)));
        }
        out.put(ArgdataType.SEQ.tag());
      }
      case MapValue(List<MapValue.Entry> entries) -> {
        for (int i = entries.size() - 1; i >= 0; i--) {
          MapValue.Entry e = entries.get(i);
          out.putSubfieldLength(write(e.value()));
          out.putSubfieldLength(write(e.key()));
        }
        out.put(ArgdataType.MAP.tag());
      }
    }
    return out.size() - before;
  }

  /** Shortest two's-complement form (§2): stop once the rest is only sign and the sign is right. */
  private void putMinimal(long v) {
    while (v != 0) {
      byte b = (byte) v;
      out.put(b);
      v >>= 8;
      if ((v == -1 && b < 0)) {
        return;
      }
      if (v == 0 && b < 0) {
        out.put(0x00);
        return;
      }
    }
  }

  private void putMinimal(BigInteger v) {
    if (v.signum() != 0) {
      out.put(v.toByteArray()); // toByteArray is already the minimal form
    }
  }
}
