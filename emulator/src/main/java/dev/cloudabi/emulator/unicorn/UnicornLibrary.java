package dev.cloudabi.emulator.unicorn;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.cloudabi.emulator.natives.NativeFunctions;
import dev.cloudabi.emulator.natives.NativeLibraryException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/** Downcall handles for the part of Unicorn's C API we use; loaded once per JVM. */
final class UnicornLibrary {
  static final int MIN_MAJOR = 2;
  static final int MIN_MINOR = 1;

  private static volatile UnicornLibrary instance;

  final MethodHandle version;
  final MethodHandle open;
  final MethodHandle close;
  final MethodHandle regRead;
  final MethodHandle regWrite;
  final MethodHandle regReadBatch;
  final MethodHandle memMapPtr;
  final MethodHandle memProtect;
  final MethodHandle emuStart;
  final MethodHandle emuStop;
  final MethodHandle hookAdd;
  final MethodHandle ctlInt;
  final String versionText;

  private final NativeFunctions functions;

  private UnicornLibrary() {
    functions = NativeFunctions.load("Unicorn 2.1", "unicorn", 2);
    // Register and stop calls never call back into Java: "critical" skips the thread-state
    // transition, which matters on the syscall path. Their pointers are passed as 64-bit integers
    // (the same in the C calling convention of our 64-bit hosts), so no segment is checked and
    // unboxed per call.
    Linker.Option critical = Linker.Option.critical(false);
    version = functions.link("uc_version", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    open = functions.link("uc_open", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    close = functions.link("uc_close", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    regRead =
        functions.link(
            "uc_reg_read",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG),
            critical);
    regWrite =
        functions.link(
            "uc_reg_write",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG),
            critical);
    regReadBatch =
        functions.link(
            "uc_reg_read_batch",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT),
            critical);
    memMapPtr =
        functions.link(
            "uc_mem_map_ptr",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_INT, ADDRESS));
    memProtect =
        functions.link(
            "uc_mem_protect",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_INT));
    emuStart =
        functions.link(
            "uc_emu_start",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    emuStop = functions.link("uc_emu_stop", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    // uc_hook_add and uc_ctl are variadic; we pass no/fixed extra arguments.
    hookAdd =
        functions.link(
            "uc_hook_add",
            FunctionDescriptor.of(
                JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG),
            Linker.Option.firstVariadicArg(7));
    ctlInt =
        functions.link(
            "uc_ctl",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
            Linker.Option.firstVariadicArg(2));
    versionText = checkVersion();
  }

  /**
   * The handles of calls on the system call path as constants. The JIT inlines a downcall only
   * through a {@code static final} handle; through an instance field every call walks a chain of
   * method-handle adapters. Only touched once an engine exists, so the library is loaded.
   */
  static final class Hot {
    static final MethodHandle REG_READ = get().regRead;
    static final MethodHandle REG_WRITE = get().regWrite;
    static final MethodHandle REG_READ_BATCH = get().regReadBatch;
    static final MethodHandle EMU_START = get().emuStart;
    static final MethodHandle EMU_STOP = get().emuStop;

    private Hot() {}
  }

  /**
   * Handles of calls most runs never make, linked on first use: linking a handle costs several
   * milliseconds of a fresh JVM's start.
   */
  private static final class Rare {
    static final MethodHandle STRERROR =
        get().functions.link("uc_strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    static final MethodHandle MEM_UNMAP =
        get()
            .functions
            .link("uc_mem_unmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    static final MethodHandle MEM_READ =
        get()
            .functions
            .link(
                "uc_mem_read",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    static final MethodHandle CTL_NONE =
        get()
            .functions
            .link(
                "uc_ctl",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT),
                Linker.Option.firstVariadicArg(2));
    static final MethodHandle CTL_TWO_LONGS =
        get()
            .functions
            .link(
                "uc_ctl",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_LONG),
                Linker.Option.firstVariadicArg(2));
  }

  MethodHandle memUnmap() {
    return Rare.MEM_UNMAP;
  }

  MethodHandle memRead() {
    return Rare.MEM_READ;
  }

  MethodHandle ctlNone() {
    return Rare.CTL_NONE;
  }

  MethodHandle ctlTwoLongs() {
    return Rare.CTL_TWO_LONGS;
  }

  static UnicornLibrary get() {
    UnicornLibrary library = instance;
    if (library == null) {
      synchronized (UnicornLibrary.class) {
        library = instance;
        if (library == null) {
          library = new UnicornLibrary();
          instance = library;
        }
      }
    }
    return library;
  }

  private String checkVersion() {
    int combined;
    try {
      combined = (int) version.invokeExact(MemorySegment.NULL, MemorySegment.NULL);
    } catch (Throwable t) {
      throw new NativeLibraryException("uc_version failed: " + t);
    }
    int major = (combined >>> 24) & 0xFF;
    int minor = (combined >>> 16) & 0xFF;
    int patch = (combined >>> 8) & 0xFF;
    String text = major + "." + minor + "." + patch;
    if (major < MIN_MAJOR || (major == MIN_MAJOR && minor < MIN_MINOR)) {
      throw new NativeLibraryException(
          "Unicorn "
              + text
              + " is too old: the emulator needs Unicorn 2.1 or newer (2.0 runs guest stores"
              + " about 25 times slower and lacks fixes we rely on). Run scripts/setup.");
    }
    return text;
  }

  String strerror(int code) {
    try {
      MemorySegment text = (MemorySegment) Rare.STRERROR.invokeExact(code);
      return text.reinterpret(256).getString(0);
    } catch (Throwable t) {
      return "uc_err " + code;
    }
  }

  void check(String call, int code) {
    if (code != 0) {
      throw new UnicornException(call, code, strerror(code));
    }
  }
}
