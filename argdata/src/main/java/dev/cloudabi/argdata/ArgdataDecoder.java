package dev.cloudabi.argdata;

import java.util.ArrayList;
import java.util.List;

/**
 * Strict decoding of a whole tree. Recursion is bounded by {@link ArgdataLimits#maxDepth()}; every
 * allocation is bounded by the input length.
 */
final class ArgdataDecoder {
  private final Bytes bytes;
  private final ArgdataLimits limits;

  ArgdataDecoder(Bytes bytes, ArgdataLimits limits) {
    this.bytes = bytes;
    this.limits = limits;
  }

  /** Decodes the value at {@code [off, off+len)} that is nested inside {@code depth} containers. */
  ArgdataValue decode(long off, long len, int depth) throws ArgdataFormatException {
    if (len == 0) {
      return NullValue.INSTANCE;
    }
    int tag = bytes.u8(off);
    ArgdataType type = ArgdataType.ofTag(tag);
    if (type == null) {
      throw new ArgdataFormatException(
          Violation.UNKNOWN_TAG, off, String.format("unknown tag 0x%02X", tag));
    }
    return switch (type) {
      case NULL -> NullValue.INSTANCE; // not reachable: null has no tag
      case BINARY -> new BinaryValue(bytes.copy(off + 1, len - 1));
      case BOOL -> BoolValue.of(Payloads.bool(bytes, off, len));
      case FD -> new FdValue(Payloads.fd(bytes, off, len, limits.maxFd()));
      case FLOAT -> new FloatValue(Payloads.floatBits(bytes, off, len));
      case INT -> {
        Payloads.checkMinimal(bytes, off, len, type);
        yield len <= 9
            ? IntValue.of(Payloads.smallInteger(bytes, off, len))
            : IntValue.of(Payloads.bigInteger(bytes, off, len));
      }
      case TIMESTAMP -> {
        Payloads.checkMinimal(bytes, off, len, type);
        yield new TimestampValue(Payloads.bigInteger(bytes, off, len));
      }
      case STR -> new StrValue(Payloads.str(bytes, off, len));
      case MAP -> decodeMap(off, len, enter(off, depth));
      case SEQ -> decodeSeq(off, len, enter(off, depth));
    };
  }

  private int enter(long off, int depth) throws ArgdataFormatException {
    if (depth >= limits.maxDepth()) {
      throw new ArgdataFormatException(
          Violation.TOO_DEEP, off, "maps/seqs nested deeper than " + limits.maxDepth());
    }
    return depth + 1;
  }

  private SeqValue decodeSeq(long off, long len, int depth) throws ArgdataFormatException {
    long end = off + len;
    long pos = off + 1;
    List<ArgdataValue> elements = new ArrayList<>();
    while (pos < end) {
      long field = Wire.subfield(bytes, pos, end);
      long start = pos + Wire.headerSize(field);
      long length = Wire.length(field);
      elements.add(decode(start, length, depth));
      pos = start + length;
    }
    return elements.isEmpty() ? SeqValue.EMPTY : new SeqValue(elements);
  }

  private MapValue decodeMap(long off, long len, int depth) throws ArgdataFormatException {
    long end = off + len;
    long pos = off + 1;
    var entries = new EntryList.Columns(16);
    while (pos < end) {
      long keyField = Wire.subfield(bytes, pos, end);
      long keyStart = pos + Wire.headerSize(keyField);
      long keyLength = Wire.length(keyField);
      long valuePos = keyStart + keyLength;
      if (valuePos >= end) {
        throw ArgdataReader.oddMap(pos);
      }
      ArgdataValue key = decode(keyStart, keyLength, depth);
      if (!entries.addKey(key)) {
        throw new ArgdataFormatException(
            Violation.DUPLICATE_KEY, pos, "duplicate map key " + describe(key));
      }
      long valueField = Wire.subfield(bytes, valuePos, end);
      long valueStart = valuePos + Wire.headerSize(valueField);
      long valueLength = Wire.length(valueField);
      entries.addValue(decode(valueStart, valueLength, depth));
      pos = valueStart + valueLength;
    }
    return entries.size() == 0 ? MapValue.EMPTY : new MapValue(entries.toList());
  }

  private static String describe(ArgdataValue key) {
    String text = key instanceof StrValue(String s) ? '"' + s + '"' : key.type().specName();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
