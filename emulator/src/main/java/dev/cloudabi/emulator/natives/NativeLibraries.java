package dev.cloudabi.emulator.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the native libraries our FFM bindings use (Unicorn, Capstone) without {@code
 * LD_LIBRARY_PATH}. Search order: the system property {@code cloudabi.native.path}, the variable
 * {@code CLOUDABI_NATIVE_PATH}, a {@code .cache/native/lib} folder (where {@code scripts/setup}
 * puts them) above the working directory or above this class's code location, then the system's own
 * library search.
 */
public final class NativeLibraries {
  public static final String PATH_PROPERTY = "cloudabi.native.path";
  public static final String PATH_VARIABLE = "CLOUDABI_NATIVE_PATH";
  private static final Path CACHE = Path.of(".cache", "native", "lib");

  private NativeLibraries() {}

  /**
   * Loads a library into the global arena.
   *
   * @param fileNames the file names to try in each folder, most specific first (for example {@code
   *     libunicorn.so.2}, {@code libunicorn.2.dylib})
   * @throws NativeLibraryException naming every place that was searched
   */
  public static SymbolLookup load(String displayName, List<String> fileNames) {
    List<Path> folders = searchFolders();
    for (Path folder : folders) {
      for (String name : fileNames) {
        Path candidate = folder.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return SymbolLookup.libraryLookup(candidate, Arena.global());
        }
      }
    }
    List<String> tried = new ArrayList<>();
    for (String name : fileNames) {
      try {
        return SymbolLookup.libraryLookup(name, Arena.global());
      } catch (IllegalArgumentException notFound) {
        tried.add(name);
      }
    }
    throw new NativeLibraryException(
        displayName
            + " was not found (looked for "
            + fileNames
            + " in "
            + folders
            + " and in the system's library path). Run scripts/setup, or set "
            + PATH_VARIABLE
            + " to the folder that holds it.");
  }

  /** The platform's file names for a library with the given base name and major version. */
  public static List<String> fileNames(String baseName, int major) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return List.of("lib" + baseName + "." + major + ".dylib", "lib" + baseName + ".dylib");
    }
    return List.of("lib" + baseName + ".so." + major);
  }

  static List<Path> searchFolders() {
    Set<Path> folders = new LinkedHashSet<>();
    Optional.ofNullable(System.getProperty(PATH_PROPERTY)).ifPresent(p -> addPathList(folders, p));
    Optional.ofNullable(System.getenv(PATH_VARIABLE)).ifPresent(p -> addPathList(folders, p));
    cacheAbove(Path.of("").toAbsolutePath()).ifPresent(folders::add);
    codeLocation().flatMap(NativeLibraries::cacheAbove).ifPresent(folders::add);
    return List.copyOf(folders);
  }

  private static void addPathList(Set<Path> folders, String pathList) {
    for (String part : pathList.split(java.io.File.pathSeparator)) {
      if (!part.isBlank()) {
        folders.add(Path.of(part).toAbsolutePath());
      }
    }
  }

  /** The nearest {@code .cache/native/lib} in {@code start} or one of its parents. */
  static Optional<Path> cacheAbove(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(CACHE);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> codeLocation() {
    try {
      var source = NativeLibraries.class.getProtectionDomain().getCodeSource();
      return source == null
          ? Optional.empty()
          : Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
