package dev.cloudabi.emulator.memfs;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.FileObject;
import dev.cloudabi.emulator.fd.FileStat;
import dev.cloudabi.emulator.fd.OpenMode;
import dev.cloudabi.emulator.fd.TimeUpdate;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/** An open regular file of a {@link MemFileSystem}: its own position and open mode. */
final class MemFile implements FileObject {
  private final MemFileSystem fs;
  private final MemNode.Regular file;
  private final OpenMode mode;
  private final FileType type;
  private long position;
  private int fdFlags;

  MemFile(MemFileSystem fs, MemNode.Regular file, OpenMode mode) {
    this(fs, file, mode, FileType.REGULAR_FILE);
  }

  MemFile(MemFileSystem fs, MemNode.Regular file, OpenMode mode, FileType type) {
    this.fs = fs;
    this.file = file;
    this.mode = mode;
    this.type = type;
    this.fdFlags = mode.fdFlags();
  }

  @Override
  public FileType type() {
    return type;
  }

  @Override
  public int fdFlags() {
    synchronized (fs) {
      return fdFlags;
    }
  }

  @Override
  public void setFdFlags(int flags) {
    synchronized (fs) {
      fdFlags = flags;
    }
  }

  @Override
  public boolean readable() {
    return mode.read();
  }

  @Override
  public boolean writable() {
    return mode.write();
  }

  @Override
  public int read(MemorySegment dst) {
    synchronized (fs) {
      int n = pread(dst, position);
      position += n;
      return n;
    }
  }

  @Override
  public int write(MemorySegment src) {
    synchronized (fs) {
      if ((fdFlags & OpenMode.FDFLAG_APPEND) != 0) {
        position = file.length;
      }
      int n = pwrite(src, position);
      position += n;
      return n;
    }
  }

  @Override
  public int pread(MemorySegment dst, long offset) {
    if (!mode.read()) {
      throw new ErrnoException(Errno.EBADF, "not open for reading");
    }
    synchronized (fs) {
      if (offset >= file.length) {
        return 0;
      }
      int n = (int) Math.min(dst.byteSize(), file.length - offset);
      MemorySegment.copy(file.data, (int) offset, dst, JAVA_BYTE, 0, n);
      return n;
    }
  }

  @Override
  public int pwrite(MemorySegment src, long offset) {
    if (!mode.write()) {
      throw new ErrnoException(Errno.EBADF, "not open for writing");
    }
    synchronized (fs) {
      int n = (int) Math.min(src.byteSize(), Integer.MAX_VALUE - 8);
      ensure(offset + n);
      MemorySegment.copy(src, JAVA_BYTE, 0, file.data, (int) offset, n);
      touch();
      return n;
    }
  }

  /** Grows the file to at least {@code end} bytes (zero-filled). */
  private void ensure(long end) {
    if (end > Integer.MAX_VALUE - 8) {
      throw new ErrnoException(Errno.EFBIG, "in-memory files are limited to 2 GiB");
    }
    if (end > file.length) {
      setLength((int) end);
    }
  }

  private void setLength(int length) {
    fs.resize(length - file.length);
    if (length > file.data.length) {
      file.data =
          Arrays.copyOf(file.data, Math.max(length, Math.min(file.data.length * 2, 1 << 30)));
    } else if (length < file.length) {
      Arrays.fill(file.data, length, file.length, (byte) 0);
    }
    file.length = length;
  }

  private void touch() {
    long now = fs.now();
    file.modifyTime = now;
    file.changeTime = now;
  }

  @Override
  public long position() {
    synchronized (fs) {
      return position;
    }
  }

  @Override
  public void position(long offset) {
    synchronized (fs) {
      position = offset;
    }
  }

  @Override
  public long size() {
    synchronized (fs) {
      return file.length;
    }
  }

  @Override
  public void datasync() {}

  @Override
  public FileStat stat() {
    synchronized (fs) {
      return file.stat(fs.device());
    }
  }

  @Override
  public void truncate(long size) {
    if (!mode.write()) {
      throw new ErrnoException(Errno.EINVAL, "not open for writing");
    }
    synchronized (fs) {
      if (size > Integer.MAX_VALUE - 8) {
        throw new ErrnoException(Errno.EFBIG, "in-memory files are limited to 2 GiB");
      }
      setLength((int) size);
      touch();
    }
  }

  @Override
  public void setTimes(TimeUpdate times) {
    synchronized (fs) {
      apply(fs, file, times);
    }
  }

  static void apply(MemFileSystem fs, MemNode node, TimeUpdate times) {
    if (times.setAccess()) {
      node.accessTime = times.access();
    }
    if (times.setModify()) {
      node.modifyTime = times.modify();
    }
    node.changeTime = fs.now();
  }

  @Override
  public void allocate(long offset, long length) {
    if (!mode.write()) {
      throw new ErrnoException(Errno.EBADF, "not open for writing");
    }
    synchronized (fs) {
      ensure(offset + length);
    }
  }

  @Override
  public void close() {}
}
