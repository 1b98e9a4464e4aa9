package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.fd.StreamObject;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;
import dev.cloudabi.emulator.natives.PosixFiles;
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

  /**
   * The JVM's standard output (host descriptor 1, written directly; not closed when the guest
   * closes it). Flush {@link System#out} before the run if Java wrote to it too.
   */
  public static StreamObject stdout() {
    return POSIX
        ? new PosixStream(1, FileType.CHARACTER_DEVICE, false, true, false)
        : new HostOutputStream(new FileOutputStream(FileDescriptor.out), false);
  }

  /** The JVM's standard error (host descriptor 2; not closed when the guest closes it). */
  public static StreamObject stderr() {
    return POSIX
        ? new PosixStream(2, FileType.CHARACTER_DEVICE, false, true, false)
        : new HostOutputStream(new FileOutputStream(FileDescriptor.err), false);
  }

  /** The JVM's standard input (host descriptor 0; not closed when the guest closes it). */
  public static StreamObject stdin() {
    return POSIX
        ? new PosixStream(0, FileType.CHARACTER_DEVICE, true, false, false)
        : new HostInputStream(new FileInputStream(FileDescriptor.in), false);
  }

  /**
   * Opens a host device or file as a raw stream (for example {@code /dev/null} as a sink), read-
   * only or write-only. The descriptor is closed with the last guest reference.
   */
  public static StreamObject openStream(AmbientAuthority authority, Path path, boolean write)
      throws IOException {
    requireAuthority(authority);
    if (!POSIX) {
      return write
          ? new HostOutputStream(Files.newOutputStream(path), true)
          : new HostInputStream(Files.newInputStream(path), true);
    }
    int fd =
        PosixFiles.openat(
            PosixFiles.AT_FDCWD,
            path.toString(),
            (write ? Posix.O_WRONLY : Posix.O_RDONLY) | Posix.O_CLOEXEC,
            0);
    return new PosixStream(fd, FileType.CHARACTER_DEVICE, !write, write, true);
  }

  private static final boolean POSIX =
      !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");

  /**
   * Opens a host path for reading ({@code !file}): a directory capability for directories, a
   * read-only file for regular files, a pipe for FIFOs.
   */
  public static GuestObject open(AmbientAuthority authority, Path path) throws IOException {
    requireAuthority(authority);
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      return new HostDirectory(openByName(path, Posix.O_RDONLY | PosixFiles.O_DIRECTORY));
    }
    if (attributes.isRegularFile()) {
      return new HostFile(openByName(path, Posix.O_RDONLY), true, false, 0);
    }
    return new HostPipe(FileChannel.open(path, StandardOpenOption.READ), true, false);
  }

  private static int openByName(Path path, int flags) throws IOException {
    try {
      return PosixFiles.openat(
          PosixFiles.AT_FDCWD,
          path.toString(),
          flags | Posix.O_CLOEXEC | PosixFiles.O_NOCTTY,
          0666);
    } catch (PosixException e) {
      throw new IOException(
          "cannot open " + path + ": " + HostErrno.of(e.errno()).name().substring(1), e);
    }
  }

  /** Opens a file for reading and writing (created if missing), e.g. for tests and output files. */
  public static GuestObject openReadWrite(AmbientAuthority authority, Path path)
      throws IOException {
    requireAuthority(authority);
    return new HostFile(openByName(path, PosixFiles.O_RDWR | PosixFiles.O_CREAT), true, true, 0);
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
