package dev.cloudabi.emulator.files;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.fd.DirEntry;
import dev.cloudabi.emulator.fd.DirectoryObject;
import dev.cloudabi.emulator.fd.FileObject;
import dev.cloudabi.emulator.fd.FileStat;
import dev.cloudabi.emulator.fd.OpenMode;
import dev.cloudabi.emulator.host.AmbientAuthority;
import dev.cloudabi.emulator.host.HostObjects;
import dev.cloudabi.emulator.memfs.MemFileSystem;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sentinel tree around a granted directory, on either backend: {@code outside.txt}, {@code
 * secret/key.txt}, {@code secret/sub/deep.txt}, a symbolic link {@code link-to-secret}, and the
 * empty directory {@code granted} handed to the guest. {@link #snapshot} records everything (type,
 * size, links, modification time, contents or link text) so a test can assert that nothing outside
 * {@code granted} was read-modified, created, changed or removed.
 */
final class Sentinels {
  private final DirectoryObject root;
  private final String label;

  private Sentinels(DirectoryObject root, String label) {
    this.root = root;
    this.label = label;
  }

  static Sentinels host(Path temp) throws IOException {
    Files.writeString(temp.resolve("outside.txt"), "outside\n");
    Files.createDirectories(temp.resolve("secret/sub"));
    Files.writeString(temp.resolve("secret/key.txt"), "key");
    Files.writeString(temp.resolve("secret/sub/deep.txt"), "deep");
    Files.createSymbolicLink(temp.resolve("link-to-secret"), Path.of("secret"));
    Files.createDirectories(temp.resolve("granted"));
    return new Sentinels(
        (DirectoryObject) HostObjects.open(AmbientAuthority.forLauncher(), temp), "host");
  }

  static Sentinels memory() throws IOException {
    MemFileSystem fs =
        MemFileSystem.create(GuestClock.deterministic(1_600_000_000_000_000_000L, 1_000));
    DirectoryObject root = fs.root();
    write(root, "outside.txt", "outside\n");
    root.createDirectory("secret");
    try (DirectoryObject secret = root.openDirectory("secret")) {
      write(secret, "key.txt", "key");
      secret.createDirectory("sub");
      try (DirectoryObject sub = secret.openDirectory("sub")) {
        write(sub, "deep.txt", "deep");
      }
    }
    root.symlink("secret", "link-to-secret");
    root.createDirectory("granted");
    return new Sentinels(root, "memory");
  }

  static void write(DirectoryObject dir, String name, String text) throws IOException {
    try (var file =
        (FileObject) dir.open(name, new OpenMode(true, true, true, false, true, false, 0))) {
      file.pwrite(MemorySegment.ofArray(text.getBytes(StandardCharsets.UTF_8)), 0);
    }
  }

  static String read(DirectoryObject dir, String name) throws IOException {
    try (var file =
        (FileObject) dir.open(name, new OpenMode(true, false, false, false, false, false, 0))) {
      byte[] bytes = new byte[(int) file.size()];
      int n = file.pread(MemorySegment.ofArray(bytes), 0);
      return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }
  }

  /** A new handle on the granted directory (the caller hands it to the guest). */
  DirectoryObject granted() throws IOException {
    return root.openDirectory("granted");
  }

  DirectoryObject root() {
    return root;
  }

  String label() {
    return label;
  }

  /** Every entry below the root by path: type, size, links, mtime, and contents or link text. */
  Map<String, String> snapshot() throws IOException {
    Map<String, String> result = new TreeMap<>();
    walk(root, "", result);
    return result;
  }

  /** The snapshot without the granted directory and what is below it. */
  Map<String, String> outside() throws IOException {
    Map<String, String> all = snapshot();
    all.keySet().removeIf(key -> key.equals("granted") || key.startsWith("granted/"));
    return all;
  }

  private static void walk(DirectoryObject dir, String prefix, Map<String, String> out)
      throws IOException {
    for (DirEntry entry : dir.entries()) {
      String name = entry.name();
      if (name.equals(".") || name.equals("..")) {
        continue;
      }
      String path = prefix + name;
      FileStat stat = dir.stat(name);
      String description =
          stat.type()
              + " links="
              + stat.linkCount()
              + " inode="
              + stat.inode()
              + " mtime="
              + stat.modifyTime();
      if (stat.type() == FileType.REGULAR_FILE) {
        out.put(path, description + " size=" + stat.size() + " data=" + read(dir, name));
      } else if (stat.type() == FileType.SYMBOLIC_LINK) {
        out.put(path, description + " -> " + dir.readlink(name));
      } else if (stat.type() == FileType.DIRECTORY) {
        out.put(path, description);
        try (DirectoryObject child = dir.openDirectory(name)) {
          walk(child, path + "/", out);
        }
      } else {
        out.put(path, description);
      }
    }
  }
}
