package dev.cloudabi.elf.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden-test corpus, built at test time into {@code target/elf-corpus}: host executables and
 * libraries, big-endian objects from clang, the four CloudABI targets, and the guest SDK examples
 * when the resources module has them.
 */
public final class Corpus {
  /** One corpus file. */
  public record Entry(String label, Path path) {
    @Override
    public String toString() {
      return label;
    }
  }

  /** clang targets of the CloudABI executables: fixed-address 32-bit, PIE 64-bit. */
  public static final List<String> CLOUDABI_TARGETS =
      List.of(
          "i686-unknown-cloudabi",
          "armv6-unknown-cloudabi-eabihf",
          "x86_64-unknown-cloudabi",
          "aarch64-unknown-cloudabi");

  private static final List<String> BIG_ENDIAN_TARGETS =
      List.of("armeb-none-eabi", "aarch64_be-none-elf", "mips-linux-gnu");

  private static final List<String> HOST_FILES =
      List.of(
          "/usr/bin/true",
          "/usr/bin/ls",
          "/usr/bin/grep",
          "/usr/bin/gzip",
          "/usr/bin/tar",
          "/usr/bin/make",
          "/usr/lib/x86_64-linux-gnu/libc.so.6",
          "/usr/lib/x86_64-linux-gnu/libm.so.6",
          "/usr/lib/x86_64-linux-gnu/libz.so.1",
          "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2",
          "/usr/lib/x86_64-linux-gnu/libgcc_s.so.1",
          "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
          "/usr/lib/x86_64-linux-gnu/libssl.so.3");

  private static final Path DIR = Path.of("target", "elf-corpus");
  private static List<Entry> built;

  private Corpus() {}

  /** Every corpus file; built once per test JVM. */
  public static synchronized List<Entry> all() {
    if (built == null) {
      List<Entry> out = new ArrayList<>();
      out.addAll(host());
      out.addAll(cloudAbi());
      out.addAll(bigEndian());
      out.add(relrLibrary());
      out.addAll(syscallPrograms());
      out.addAll(slotTablePrograms());
      out.addAll(sdkExamples());
      built = List.copyOf(out);
    }
    return built;
  }

  public static List<Entry> host() {
    List<Entry> out = new ArrayList<>();
    for (String file : HOST_FILES) {
      Path p = Path.of(file);
      if (Files.isRegularFile(p)) {
        out.add(new Entry("host " + p.getFileName(), realPath(p)));
      }
    }
    if (out.size() < 6) {
      throw new IllegalStateException("fewer than 6 of the host corpus files exist: " + out);
    }
    return out;
  }

  /** The four CloudABI executables, in {@link #CLOUDABI_TARGETS} order. */
  public static synchronized List<Entry> cloudAbi() {
    Path source = guestSource();
    List<Entry> out = new ArrayList<>();
    for (String target : CLOUDABI_TARGETS) {
      Path elf = DIR.resolve(target + ".elf");
      if (!Files.isRegularFile(elf)) {
        Tools.run(
            List.of(
                Tools.CLANG,
                "--target=" + target,
                "-nostdlib",
                "-static",
                "-ffreestanding",
                "-fuse-ld=lld",
                "-O1",
                "-o",
                elf.toString(),
                source.toString()));
      }
      out.add(new Entry("cloudabi " + target, elf));
    }
    return out;
  }

  /**
   * cloudlibc-style programs (syscalls.c): a 49-name table, 49 wrappers, three reached; one per
   * CloudABI target in {@link #CLOUDABI_TARGETS} order, then a stripped x86_64 copy.
   */
  public static synchronized List<Entry> syscallPrograms() {
    Path source = guestSource().resolveSibling("syscalls.c");
    copyResource("/corpus/syscalls.c", source);
    List<Entry> out = new ArrayList<>();
    for (String target : CLOUDABI_TARGETS) {
      out.add(syscallProgram(source, target, false));
    }
    out.add(syscallProgram(source, "x86_64-unknown-cloudabi", true));
    return out;
  }

  private static Entry syscallProgram(Path source, String target, boolean stripped) {
    Path elf = DIR.resolve("syscalls-" + target + (stripped ? "-stripped" : "") + ".elf");
    if (!Files.isRegularFile(elf)) {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Tools.CLANG,
                  "--target=" + target,
                  "-nostdlib",
                  "-static",
                  "-ffreestanding",
                  "-fno-function-sections",
                  "-fno-data-sections",
                  "-fuse-ld=lld",
                  "-O1",
                  "-o",
                  elf.toString(),
                  source.toString()));
      if (stripped) {
        command.add("-Wl,--strip-all");
      }
      Tools.run(command);
    }
    return new Entry("syscalls " + target + (stripped ? " stripped" : ""), elf);
  }

  private static void copyResource(String resource, Path target) {
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      byte[] bytes = in.readAllBytes();
      if (!Files.isRegularFile(target)
          || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        Files.write(target, bytes);
        // Programs built from the old source ("syscalls.c" → "syscalls-*.elf") are stale now.
        String stem = target.getFileName().toString().replace(".c", "-");
        try (Stream<Path> old = Files.list(DIR)) {
          for (Path p : old.filter(p -> p.getFileName().toString().startsWith(stem)).toList()) {
            Files.delete(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Programs built like 2016-2017 cloudlibc (slot-table.c): an exported {@code cloudabi_syscalls}
   * struct and inline wrappers; x86_64 and aarch64 position-independent with GOT loads (-fPIC),
   * i686 at a fixed address.
   */
  public static synchronized List<Entry> slotTablePrograms() {
    Path source = guestSource().resolveSibling("slot-table.c");
    copyResource("/corpus/slot-table.c", source);
    List<Entry> out = new ArrayList<>();
    for (String target :
        List.of("x86_64-unknown-cloudabi", "aarch64-unknown-cloudabi", "i686-unknown-cloudabi")) {
      Path elf = DIR.resolve("slot-table-" + target + ".elf");
      if (!Files.isRegularFile(elf)) {
        List<String> command =
            new ArrayList<>(
                List.of(
                    Tools.CLANG,
                    "--target=" + target,
                    "-nostdlib",
                    "-static",
                    "-ffreestanding",
                    "-fno-function-sections",
                    "-fuse-ld=lld",
                    "-O1",
                    "-o",
                    elf.toString(),
                    source.toString()));
        if (!target.startsWith("i686")) {
          command.add("-fPIC");
        }
        Tools.run(command);
      }
      out.add(new Entry("slot table " + target, elf));
    }
    return out;
  }

  /** A host shared object with packed relative relocations ({@code SHT_RELR}). */
  public static synchronized Entry relrLibrary() {
    Path source = guestSource().resolveSibling("relr.c");
    Path lib = DIR.resolve("librelr.so");
    if (!Files.isRegularFile(lib)) {
      try {
        Files.writeString(
            source,
            "int x[64];\nint *p[] = {&x[0], &x[1], &x[2], &x[3], &x[5], &x[40]};\n"
                + "int *get(int i) { return p[i]; }\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Tools.run(
          List.of(
              Tools.CLANG,
              "-shared",
              "-fPIC",
              "-fuse-ld=lld",
              "-Wl,--pack-dyn-relocs=relr",
              "-nostdlib",
              "-o",
              lib.toString(),
              source.toString()));
    }
    return new Entry("linked librelr.so", lib);
  }

  public static synchronized List<Entry> bigEndian() {
    Path source = guestSource();
    List<Entry> out = new ArrayList<>();
    for (String target : BIG_ENDIAN_TARGETS) {
      Path obj = DIR.resolve(target + ".o");
      if (!Files.isRegularFile(obj)) {
        Tools.run(
            List.of(
                Tools.CLANG,
                "--target=" + target,
                "-ffreestanding",
                "-O1",
                "-c",
                "-o",
                obj.toString(),
                source.toString()));
      }
      out.add(new Entry("object " + target, obj));
    }
    return out;
  }

  /** ELF files under resources/examples (built by the resources module), when present. */
  public static List<Entry> sdkExamples() {
    Path examples = Path.of("..", "resources");
    if (!Files.isDirectory(examples)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(examples, 8)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().contains("examples") || p.toString().contains("/bin/"))
          .filter(p -> !p.toString().endsWith(".o") && !p.toString().endsWith(".a"))
          .filter(Corpus::isElf)
          .sorted()
          .limit(20)
          .map(p -> new Entry("example " + p.getFileName(), p))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isElf(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4
          && magic[0] == 0x7f
          && magic[1] == 'E'
          && magic[2] == 'L'
          && magic[3] == 'F';
    } catch (IOException e) {
      return false;
    }
  }

  private static Path guestSource() {
    try {
      Files.createDirectories(DIR);
      Path source = DIR.resolve("guest.c");
      try (InputStream in = Corpus.class.getResourceAsStream("/corpus/guest.c")) {
        byte[] bytes = in.readAllBytes();
        if (!Files.isRegularFile(source)
            || !java.util.Arrays.equals(Files.readAllBytes(source), bytes)) {
          // A changed source invalidates every built file.
          try (Stream<Path> old = Files.list(DIR)) {
            for (Path p : old.toList()) {
              Files.delete(p);
            }
          }
          Files.write(source, bytes);
        }
      }
      return source;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
