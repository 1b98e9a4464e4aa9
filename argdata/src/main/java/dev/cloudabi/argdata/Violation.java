package dev.cloudabi.argdata;

/**
 * What is wrong with an encoded value (ARGDATA-FORMAT.md §10), and which byte an {@link
 * ArgdataFormatException}'s offset points at for it.
 */
public enum Violation {
  /** Tag 0x00 or 0x0A..0xFF. Offset: the tag byte. */
  UNKNOWN_TAG,
  /** Bool payload other than empty or 0x01. Offset: the tag byte. */
  BAD_BOOL,
  /** Fd payload not exactly 4 bytes. Offset: the tag byte. */
  BAD_FD_LENGTH,
  /** Fd number above the limit ({@link ArgdataLimits#maxFd()}). Offset: the tag byte. */
  FD_OUT_OF_RANGE,
  /** Float payload not exactly 8 bytes. Offset: the tag byte. */
  BAD_FLOAT_LENGTH,
  /** Int with a redundant leading 0x00 or 0xFF byte. Offset: the redundant byte. */
  NON_MINIMAL_INT,
  /** Timestamp with a redundant leading 0x00 or 0xFF byte. Offset: the redundant byte. */
  NON_MINIMAL_TIMESTAMP,
  /** String payload that is empty or does not end in 0x00. Offset: the tag byte. */
  MISSING_NUL,
  /** String with a 0x00 before its terminator. Offset: that 0x00. */
  NUL_IN_STRING,
  /** Invalid UTF-8 (stray or bad continuation, truncated, overlong, surrogate, above U+10FFFF). */
  INVALID_UTF8,
  /** Subfield length whose first byte is 0x00 (not canonical). Offset: that byte. */
  NON_CANONICAL_LENGTH,
  /** Subfield length that runs out of bytes before its final byte. Offset: its first byte. */
  TRUNCATED_LENGTH,
  /** Subfield longer than the bytes left in its container. Offset: the length's first byte. */
  TRUNCATED_SUBFIELD,
  /** Map with a key but no value. Offset: the key's length field. */
  ODD_MAP,
  /** A key equal to an earlier key of the same map. Offset: the second key's length field. */
  DUPLICATE_KEY,
  /** Maps/sequences nested deeper than {@link ArgdataLimits#maxDepth()}. Offset: the tag byte. */
  TOO_DEEP,
  /** Input longer than {@link ArgdataLimits#maxLength()}. Offset: 0. */
  TOO_LONG,
  /** A typed getter met another type. Offset: the value's first byte. */
  WRONG_TYPE,
  /** An int getter's target type cannot hold the value. Offset: the tag byte. */
  OVERFLOW,
  /** Sequence index past the end. Offset: the sequence's tag byte. */
  NO_SUCH_ELEMENT
}
