package dev.cloudabi.runner.host;

import dev.cloudabi.emulator.abi.MaxRights;
import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.fd.SocketObject;
import dev.cloudabi.emulator.host.AmbientAuthority;
import dev.cloudabi.emulator.host.HostObjects;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.DescriptorSpec;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The launcher's pre-open step: turns each descriptor a configuration asks for into a host object
 * with its rights. It is the one place that holds {@link AmbientAuthority}; the guest only ever
 * gets what this step opened.
 */
public final class HostDescriptorOpener {
  private final AmbientAuthority authority = AmbientAuthority.forLauncher();
  private final Path executable;

  public HostDescriptorOpener(Path executable) {
    this.executable = executable;
  }

  public InjectedFd open(DescriptorSpec spec) throws ConfigException {
    return switch (spec) {
      case DescriptorSpec.Inherited inherited -> inherited(inherited);
      case DescriptorSpec.File file -> narrowed(file, InjectedFd.withMaxRights(openPath(file)));
      case DescriptorSpec.Executable exe ->
          InjectedFd.withMaxRights(openPath(exe, executable.toString()));
      case DescriptorSpec.Socket socket -> SocketOpener.open(authority, socket);
    };
  }

  private InjectedFd inherited(DescriptorSpec.Inherited spec) throws ConfigException {
    return switch (spec.hostFd()) {
      case 0 -> InjectedFd.terminal(HostObjects.stdin());
      case 1 -> InjectedFd.terminal(HostObjects.stdout());
      case 2 -> InjectedFd.terminal(HostObjects.stderr());
      default -> {
        try {
          yield launcherRights(HostObjects.openInherited(authority, spec.hostFd()));
        } catch (IOException e) {
          throw new ConfigException(
              spec.position(), "File descriptor " + spec.hostFd() + ": " + reason(e));
        }
      }
    };
  }

  private GuestObject openPath(DescriptorSpec.File file) throws ConfigException {
    return openPath(file, file.path());
  }

  private GuestObject openPath(DescriptorSpec spec, String path) throws ConfigException {
    try {
      return HostObjects.open(authority, Path.of(path));
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(spec.position(), "Failed to open \"" + path + "\": " + reason(e));
    }
  }

  /**
   * The launcher's rights for what it hands over (ABI §14.1); sockets get the early-2017 socket
   * rights, which binaries of that dialect check (SOCK_ACCEPT, SOCK_STAT_GET; ABI §13.3).
   */
  static InjectedFd launcherRights(GuestObject object) {
    if (object instanceof SocketObject) {
      return new InjectedFd(
          object, MaxRights.SOCKET_2017.base(), MaxRights.SOCKET_2017.inheriting());
    }
    return InjectedFd.withMaxRights(object);
  }

  /** Our addition to {@code !file}: rights lists narrow the maximum, never widen it. */
  private static InjectedFd narrowed(DescriptorSpec.File file, InjectedFd fd)
      throws ConfigException {
    long base = fd.rightsBase();
    long inheriting = fd.rightsInheriting();
    if (!file.rights().isEmpty()) {
      base &= RightNames.mask(file.rights());
    }
    if (!file.inheriting().isEmpty()) {
      inheriting &= RightNames.mask(file.inheriting());
    }
    return new InjectedFd(fd.object(), base, inheriting);
  }

  private static String reason(Exception e) {
    return switch (e) {
      case NoSuchFileException x -> "No such file or directory";
      case AccessDeniedException x -> "Permission denied";
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }
}
