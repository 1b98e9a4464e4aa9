package dev.cloudabi.emulator.fd;

import dev.cloudabi.emulator.abi.FileType;
import java.io.IOException;

/**
 * What a descriptor refers to. The kinds are interfaces (stream, file, directory, socket) with
 * host-backed and, later, in-memory implementations; handlers see only these interfaces.
 */
public sealed interface GuestObject extends AutoCloseable permits StreamObject, DirectoryObject {
  FileType type();

  /** {@code fdflags} (APPEND, NONBLOCK, …) as reported by {@code fd_stat_get}. */
  default int fdFlags() {
    return 0;
  }

  /**
   * The host descriptor behind this object, for objects that have one (they can be passed over a
   * host socket with SCM_RIGHTS); -1 otherwise.
   */
  default int hostDescriptor() {
    return -1;
  }

  /** Releases host resources; called once, when the last descriptor referring to it closes. */
  @Override
  void close() throws IOException;
}
