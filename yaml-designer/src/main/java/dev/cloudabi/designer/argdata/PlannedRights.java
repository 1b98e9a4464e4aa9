package dev.cloudabi.designer.argdata;

import dev.cloudabi.emulator.abi.MaxRights;
import dev.cloudabi.emulator.abi.Right;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.DescriptorSpec;
import dev.cloudabi.runner.host.RightNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The rights the launcher will give each descriptor, worked out without opening anything (a preview
 * must not bind sockets or hold files open). It follows the launcher's rules: terminal rights for
 * the standard streams, the maximum of the file's type for {@code !file} narrowed by its rights
 * lists, early-2017 socket rights for {@code !socket}.
 */
final class PlannedRights {
  private PlannedRights() {}

  /**
   * Empty when the rights depend on what exists at launch (an inherited descriptor, a missing
   * file).
   */
  static Optional<Rights> of(DescriptorSpec spec, Path baseDir) throws ConfigException {
    return switch (spec) {
      case DescriptorSpec.Inherited i -> inherited(i.hostFd());
      case DescriptorSpec.Socket s ->
          Optional.of(new Rights(MaxRights.SOCKET_2017.base(), MaxRights.SOCKET_2017.inheriting()));
      case DescriptorSpec.Executable e ->
          Optional.of(
              new Rights(MaxRights.REGULAR_FILE.base(), MaxRights.REGULAR_FILE.inheriting()));
      case DescriptorSpec.File f -> file(f, baseDir);
    };
  }

  private static Optional<Rights> inherited(int fd) {
    long terminal = MaxRights.TERMINAL.base();
    return switch (fd) {
      case 0 -> Optional.of(new Rights(terminal & ~Right.FD_WRITE.bit(), 0));
      case 1, 2 -> Optional.of(new Rights(terminal & ~Right.FD_READ.bit(), 0));
      default -> Optional.empty();
    };
  }

  private static Optional<Rights> file(DescriptorSpec.File f, Path baseDir) throws ConfigException {
    Path path = hostPath(f, baseDir).orElse(null);
    MaxRights max;
    if (path == null) {
      return Optional.empty(); // not a host path at all; the launcher says why
    } else if (Files.isDirectory(path)) {
      max = MaxRights.DIRECTORY;
    } else if (Files.isRegularFile(path)) {
      max = MaxRights.REGULAR_FILE;
    } else {
      return Optional.empty();
    }
    long base = max.base();
    long inheriting = max.inheriting();
    if (!f.rights().isEmpty()) {
      base &= RightNames.mask(f.rights());
    }
    if (!f.inheriting().isEmpty()) {
      inheriting &= RightNames.mask(f.inheriting());
    }
    return Optional.of(new Rights(base, inheriting));
  }

  /**
   * The host path a {@code !file} opens, relative paths next to the configuration; empty when the
   * text cannot be a path on this host (a NUL character, for one).
   */
  static Optional<Path> hostPath(DescriptorSpec.File f, Path baseDir) {
    try {
      return Optional.of(baseDir.resolve(f.path()).normalize());
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** What the descriptor is on the host, in words. */
  static String host(DescriptorSpec spec, Path baseDir) {
    return switch (spec) {
      case DescriptorSpec.Inherited i ->
          switch (i.hostFd()) {
            case 0 -> "the launcher's standard input";
            case 1 -> "the launcher's standard output";
            case 2 -> "the launcher's standard error";
            default -> "descriptor " + i.hostFd() + " as the shell passes it";
          };
      case DescriptorSpec.File f -> {
        Path path = hostPath(f, baseDir).orElse(null);
        if (path == null) {
          yield "no host path: " + f.path();
        }
        yield Files.isDirectory(path)
            ? "directory " + path
            : Files.isRegularFile(path) ? "file " + path : "missing here: " + path;
      }
      case DescriptorSpec.Socket s ->
          "new "
              + s.type().name().toLowerCase()
              + " socket "
              + (s.mode() == DescriptorSpec.SocketMode.BIND ? "bound to " : "connected to ")
              + s.address();
      case DescriptorSpec.Executable e -> "the program's own executable";
    };
  }

  /**
   * The host side in full. A relative {@code !file} path says where the designer looked (next to
   * the configuration) and that {@code cloudabi-run} looks in its working directory instead.
   */
  static String hostNote(DescriptorSpec spec, Path baseDir) {
    if (spec instanceof DescriptorSpec.File f
        && hostPath(f, baseDir).isPresent()
        && !Path.of(f.path()).isAbsolute()) {
      return "Opens "
          + hostPath(f, baseDir).get()
          + "\n'"
          + f.path()
          + "' is relative: the designer looks next to the configuration.\n"
          + "cloudabi-run opens relative paths from its working directory: run it from "
          + baseDir
          + ".";
    }
    return host(spec, baseDir);
  }

  /** The capability as written, short: {@code !fd stdout}, {@code !file /srv}. */
  static String capability(DescriptorSpec spec) {
    return switch (spec) {
      case DescriptorSpec.Inherited i ->
          "!fd "
              + switch (i.hostFd()) {
                case 0 -> "stdin";
                case 1 -> "stdout";
                case 2 -> "stderr";
                default -> String.valueOf(i.hostFd());
              };
      case DescriptorSpec.File f -> "!file " + f.path();
      case DescriptorSpec.Socket s ->
          "!socket " + s.type().name().toLowerCase() + " " + s.mode().name().toLowerCase();
      case DescriptorSpec.Executable e -> "!executable";
    };
  }
}
