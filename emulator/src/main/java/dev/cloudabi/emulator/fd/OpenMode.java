package dev.cloudabi.emulator.fd;

/**
 * How {@link DirectoryObject#open} opens a name: the host open mode derived from the requested
 * rights (ABI §10.4), the {@code oflags} and the fd flags.
 */
public record OpenMode(
    boolean read,
    boolean write,
    boolean create,
    boolean exclusive,
    boolean truncate,
    boolean directory,
    int fdFlags) {
  public static final int FDFLAG_APPEND = 0x01;

  public boolean append() {
    return (fdFlags & FDFLAG_APPEND) != 0;
  }
}
