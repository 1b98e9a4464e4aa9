package dev.cloudabi.designer.tree;

/**
 * What a node of the configuration is: one of the Argdata types, or one of the capability tags that
 * {@code cloudabi-run} turns into a descriptor.
 */
public enum NodeKind {
  MAP("Map", "{}"),
  SEQ("Sequence", "[]"),
  STRING("String", "\"\""),
  INT("Integer", "0"),
  FLOAT("Float", "0.0"),
  BOOL("Boolean", "false"),
  NULL("Null", "null"),
  TIMESTAMP("Timestamp", "1970-01-01T00:00:00Z"),
  BINARY("Binary", "!!binary \"\""),
  FD("!fd", "!fd stdout"),
  FILE("!file", "!file {path: .}"),
  SOCKET("!socket", "!socket {type: stream, bind: 127.0.0.1:8080}"),
  EXECUTABLE("!executable", "!executable"),
  /** A tag the launcher does not know; the runner's diagnostic says so. */
  UNKNOWN("Unknown", "null");

  private final String label;
  private final String template;

  NodeKind(String label, String template) {
    this.label = label;
    this.template = template;
  }

  public String label() {
    return label;
  }

  /** The YAML text of a new node of this kind, valid in block and flow context. */
  public String template() {
    return template;
  }

  /** Maps and sequences hold children the tree shows. */
  public boolean isCollection() {
    return this == MAP || this == SEQ;
  }

  /** Tags that grant the program a descriptor. */
  public boolean isCapability() {
    return this == FD || this == FILE || this == SOCKET || this == EXECUTABLE;
  }

  /** Whether the node needs the {@code %TAG ! tag:nuxi.nl,2015:cloudabi/} directive. */
  public boolean needsCloudabiTag() {
    return isCapability();
  }
}
