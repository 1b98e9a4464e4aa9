package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.fd.DirectoryObject;
import java.io.IOException;

/** The file call handler tests on the in-memory file system. */
class InMemoryFileSyscallsTest extends FileSyscallsTest {
  @Override
  DirectoryObject directory() {
    return memory().root();
  }

  @Override
  DirectoryObject otherBackend() throws IOException {
    return host();
  }
}
