package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.fd.DirectoryObject;
import java.io.IOException;

/** The file call handler tests on a host temporary directory. */
class HostFileSyscallsTest extends FileSyscallsTest {
  @Override
  DirectoryObject directory() throws IOException {
    return host();
  }

  @Override
  DirectoryObject otherBackend() {
    return memory().root();
  }
}
