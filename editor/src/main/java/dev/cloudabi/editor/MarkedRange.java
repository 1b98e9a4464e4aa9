package dev.cloudabi.editor;

/** A diagnostic placed in the current text: offsets {@code [start, end)} and its 0-based line. */
record MarkedRange(int start, int end, int line, EditorDiagnostic diagnostic) {
  boolean covers(int offset) {
    return start == end ? offset == start : offset >= start && offset < end;
  }
}
