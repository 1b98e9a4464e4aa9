package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.fd.StreamObject;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Opens host objects for injection into a guest. Every path-based open needs the token. */
public final class HostObjects {
  private HostObjects() {}

  /** The JVM's standard output (not closed when the guest closes it). */
  public static StreamObject stdout() {
    return new HostOutputStream(new FileOutputStream(FileDescriptor.out), false);
  }

  /** The JVM's standard error (not closed when the guest closes it). */
  public static StreamObject stderr() {
    return new HostOutputStream(new FileOutputStream(FileDescriptor.err), false);
  }

  /** The JVM's standard input (not closed when the guest closes it). */
  public static StreamObject stdin() {
    return new HostInputStream(new FileInputStream(FileDescriptor.in), false);
  }

  /**
   * Opens a host path for reading ({@code !file}): a directory capability for directories, a
   * read-only file for regular files, a pipe for FIFOs.
   */
  public static GuestObject open(AmbientAuthority authority, Path path) throws IOException {
    requireAuthority(authority);
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      return new HostDirectory(openByName(path, Libc.O_RDONLY | Libc.O_DIRECTORY));
    }
    if (attributes.isRegularFile()) {
      return new HostFile(openByName(path, Libc.O_RDONLY), true, false, 0);
    }
    return new HostPipe(FileChannel.open(path, StandardOpenOption.READ), true, false);
  }

  private static int openByName(Path path, int flags) throws IOException {
    int fd =
        Libc.openat(Libc.AT_FDCWD, path.toString(), flags | Libc.O_CLOEXEC | Libc.O_NOCTTY, 0666);
    if (fd < 0) {
      throw new IOException(
          "cannot open " + path + ": " + HostErrno.of(Libc.errno()).name().substring(1));
    }
    return fd;
  }

  /** Opens a file for reading and writing (created if missing), e.g. for tests and output files. */
  public static GuestObject openReadWrite(AmbientAuthority authority, Path path)
      throws IOException {
    requireAuthority(authority);
    return new HostFile(openByName(path, Libc.O_RDWR | Libc.O_CREAT), true, true, 0);
  }

  /**
   * Opens descriptor {@code n} the JVM inherited from its parent (a shell redirection) through
   * {@code /proc/self/fd/n}: a regular file, a directory, or a pipe.
   */
  public static GuestObject openInherited(AmbientAuthority authority, int n, boolean write)
      throws IOException {
    requireAuthority(authority);
    Path path = Path.of("/proc/self/fd/" + n);
    if (!Files.exists(path)) {
      throw new IOException("descriptor " + n + " is not open in this process");
    }
    Path target = path.toRealPath();
    if (Files.isDirectory(target)) {
      return new HostDirectory(openByName(path, Libc.O_RDONLY | Libc.O_DIRECTORY));
    }
    boolean regular =
        Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(target);
    if (regular) {
      return new HostFile(
          openByName(path, write ? Libc.O_WRONLY : Libc.O_RDONLY), !write, write, 0);
    }
    FileChannel channel =
        write
            ? FileChannel.open(path, StandardOpenOption.WRITE)
            : FileChannel.open(path, StandardOpenOption.READ);
    return new HostPipe(channel, !write, write);
  }

  private static void requireAuthority(AmbientAuthority authority) {
    if (authority == null) {
      throw new IllegalArgumentException("opening host paths needs AmbientAuthority");
    }
  }
}
