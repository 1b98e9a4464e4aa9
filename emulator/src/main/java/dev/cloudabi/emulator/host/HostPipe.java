package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.FileType;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;

/**
 * A host pipe or FIFO (for example a shell descriptor the runner inherited). CloudABI has no FIFO
 * type any more; like the reference emulator we report it as a stream socket (ABI §8.2).
 */
public final class HostPipe extends HostStream {
  private final FileChannel channel;

  public HostPipe(FileChannel channel, boolean readable, boolean writable) {
    super(FileType.SOCKET_STREAM, readable, writable);
    this.channel = channel;
  }

  @Override
  public int read(MemorySegment dst) throws IOException {
    return Math.max(0, channel.read(dst.asByteBuffer()));
  }

  @Override
  public int write(MemorySegment src) throws IOException {
    return channel.write(src.asByteBuffer());
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
