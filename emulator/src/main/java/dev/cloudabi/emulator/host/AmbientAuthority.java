package dev.cloudabi.emulator.host;

/**
 * Proof that the caller may open host paths by name. Only a launcher's pre-open step (the runner
 * turning {@code !file} and {@code !fd} into descriptors) should create one; guest system calls
 * never have it, so they can only reach host files beneath descriptors they were given.
 */
public final class AmbientAuthority {
  private AmbientAuthority() {}

  /** For launchers only: grants the right to open host paths before the guest starts. */
  public static AmbientAuthority forLauncher() {
    return new AmbientAuthority();
  }
}
