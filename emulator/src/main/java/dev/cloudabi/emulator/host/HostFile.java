package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.FileObject;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;

/** A host regular file, read and written through a {@link FileChannel} without copies. */
public final class HostFile implements FileObject {
  private final FileChannel channel;
  private final boolean readable;
  private final boolean writable;

  public HostFile(FileChannel channel, boolean readable, boolean writable) {
    this.channel = channel;
    this.readable = readable;
    this.writable = writable;
  }

  @Override
  public FileType type() {
    return FileType.REGULAR_FILE;
  }

  @Override
  public boolean readable() {
    return readable;
  }

  @Override
  public boolean writable() {
    return writable;
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
  public int pread(MemorySegment dst, long offset) throws IOException {
    return Math.max(0, channel.read(dst.asByteBuffer(), offset));
  }

  @Override
  public int pwrite(MemorySegment src, long offset) throws IOException {
    return channel.write(src.asByteBuffer(), offset);
  }

  @Override
  public long position() throws IOException {
    return channel.position();
  }

  @Override
  public void position(long offset) throws IOException {
    channel.position(offset);
  }

  @Override
  public long size() throws IOException {
    return channel.size();
  }

  @Override
  public void sync() throws IOException {
    channel.force(true);
  }

  @Override
  public void datasync() throws IOException {
    channel.force(false);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
