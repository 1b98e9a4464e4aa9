package dev.cloudabi.argdata;

/**
 * The ten Argdata types with their wire tags (ARGDATA-FORMAT.md §1). Null has no tag: it is the
 * empty byte range.
 */
public enum ArgdataType {
  NULL(-1, "null"),
  BINARY(0x01, "binary"),
  BOOL(0x02, "bool"),
  FD(0x03, "fd"),
  FLOAT(0x04, "float"),
  INT(0x05, "int"),
  MAP(0x06, "map"),
  SEQ(0x07, "seq"),
  STR(0x08, "str"),
  TIMESTAMP(0x09, "timestamp");

  private static final ArgdataType[] BY_TAG = {
    null, BINARY, BOOL, FD, FLOAT, INT, MAP, SEQ, STR, TIMESTAMP
  };

  private final int tag;
  private final String specName;

  ArgdataType(int tag, String specName) {
    this.tag = tag;
    this.specName = specName;
  }

  /** The tag byte, or -1 for {@link #NULL}. */
  public int tag() {
    return tag;
  }

  /** The type's name as the format document writes it. */
  public String specName() {
    return specName;
  }

  /** The type of a tag byte (0..255), or {@code null} when the tag is not defined. */
  static ArgdataType ofTag(int tag) {
    return tag > 0 && tag < BY_TAG.length ? BY_TAG[tag] : null;
  }
}
