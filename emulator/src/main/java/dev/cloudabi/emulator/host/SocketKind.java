package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.natives.PosixSockets;

/** The socket types a launcher can open, with the guest file type each one shows as. */
public enum SocketKind {
  STREAM(PosixSockets.SOCK_STREAM, FileType.SOCKET_STREAM),
  DGRAM(PosixSockets.SOCK_DGRAM, FileType.SOCKET_DGRAM),
  SEQPACKET(PosixSockets.SOCK_SEQPACKET, FileType.SOCKET_SEQPACKET);

  private final int hostType;
  private final FileType fileType;

  SocketKind(int hostType, FileType fileType) {
    this.hostType = hostType;
    this.fileType = fileType;
  }

  int hostType() {
    return hostType;
  }

  /** What {@code fd_stat_get} and {@code sock_stat_get} report for such a socket. */
  public FileType fileType() {
    return fileType;
  }
}
