package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.StreamObject;
import java.util.Objects;

/** What every host stream fixes when it is opened: its file type and the directions it allows. */
abstract class HostStream implements StreamObject {
  private final FileType type;
  private final boolean readable;
  private final boolean writable;

  HostStream(FileType type, boolean readable, boolean writable) {
    this.type = Objects.requireNonNull(type, "type");
    this.readable = readable;
    this.writable = writable;
  }

  @Override
  public final FileType type() {
    return type;
  }

  @Override
  public final boolean readable() {
    return readable;
  }

  @Override
  public final boolean writable() {
    return writable;
  }
}
