package dev.cloudabi.emulator.abi;

/** {@code filetype} (u8), including the values removed in 2017 (ABI §7.2). */
public enum FileType {
  UNKNOWN(0x00),
  BLOCK_DEVICE(0x10),
  CHARACTER_DEVICE(0x11),
  DIRECTORY(0x20),
  FIFO(0x30),
  POLL(0x40),
  PROCESS(0x50),
  REGULAR_FILE(0x60),
  SHARED_MEMORY(0x70),
  SOCKET_DGRAM(0x80),
  SOCKET_SEQPACKET(0x81),
  SOCKET_STREAM(0x82),
  SYMBOLIC_LINK(0x90);

  private final int value;

  FileType(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }
}
