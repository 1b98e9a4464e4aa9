package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.fd.StreamObject;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Opens host objects for injection into a guest. Every path-based open needs the token. */
public final class HostObjects {
  private HostObjects() {}

  /** The JVM's standard output (not closed when the guest closes it). */
  public static StreamObject stdout() {
    return new HostOutputStream(new FileOutputStream(FileDescriptor.out), false, 1);
  }

  /** The JVM's standard error (not closed when the guest closes it). */
  public static StreamObject stderr() {
    return new HostOutputStream(new FileOutputStream(FileDescriptor.err), false, 2);
  }

  /** The JVM's standard input (not closed when the guest closes it). */
  public static StreamObject stdin() {
    return new HostInputStream(new FileInputStream(FileDescriptor.in), false, 0);
  }

  /**
   * Opens a host path for reading ({@code !file}): a directory capability for directories, a
   * read-only file for regular files, a pipe for FIFOs.
   */
  public static GuestObject open(AmbientAuthority authority, Path path) throws IOException {
    requireAuthority(authority);
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      return new HostDirectory(path.toAbsolutePath());
    }
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    return attributes.isRegularFile()
        ? new HostFile(channel, true, false)
        : new HostPipe(channel, true, false);
  }

  /** Opens a file for reading and writing (created if missing), e.g. for tests and output files. */
  public static GuestObject openReadWrite(AmbientAuthority authority, Path path)
      throws IOException {
    requireAuthority(authority);
    FileChannel channel =
        FileChannel.open(
            path, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
    return new HostFile(channel, true, true);
  }

  /**
   * Descriptor {@code n} the JVM inherited from its parent (a shell redirection such as {@code 3<
   * input.txt} or {@code 3>> log}, a pipe, a socket), used as it is: offset, flags and open mode
   * stay those the shell gave it.
   */
  public static GuestObject openInherited(AmbientAuthority authority, int n) throws IOException {
    requireAuthority(authority);
    return HostDescriptors.adopt(n);
  }

  private static void requireAuthority(AmbientAuthority authority) {
    if (authority == null) {
      throw new IllegalArgumentException("opening host paths needs AmbientAuthority");
    }
  }
}
