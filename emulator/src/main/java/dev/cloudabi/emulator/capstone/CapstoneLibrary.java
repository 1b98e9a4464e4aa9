package dev.cloudabi.emulator.capstone;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.cloudabi.emulator.natives.NativeFunctions;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The Capstone 4 functions we call, bound once. {@code csh} is a {@code size_t}, {@code cs_arch},
 * {@code cs_mode}, {@code cs_err} and {@code cs_opt_type} are C enums ({@code int}).
 */
final class CapstoneLibrary {
  static final int CS_ARCH_ARM = 0;
  static final int CS_ARCH_ARM64 = 1;
  static final int CS_ARCH_X86 = 3;
  static final int CS_MODE_ARM = 0;
  static final int CS_MODE_32 = 1 << 2;
  static final int CS_MODE_64 = 1 << 3;
  static final int CS_MODE_THUMB = 1 << 4;

  private static volatile CapstoneLibrary instance;

  final MethodHandle csVersion;
  final MethodHandle csOpen;
  final MethodHandle csClose;
  final MethodHandle csDisasm;
  final MethodHandle csFree;
  final MethodHandle csStrerror;

  private CapstoneLibrary(NativeFunctions functions) {
    csVersion = functions.link("cs_version", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    csOpen =
        functions.link("cs_open", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    csClose = functions.link("cs_close", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    csDisasm =
        functions.link(
            "cs_disasm",
            FunctionDescriptor.of(
                JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS));
    csFree = functions.link("cs_free", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG));
    csStrerror = functions.link("cs_strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
  }

  /**
   * The library, loaded on first use.
   *
   * @throws dev.cloudabi.emulator.natives.NativeLibraryException when Capstone 4 is not installed
   */
  static CapstoneLibrary get() {
    CapstoneLibrary result = instance;
    if (result == null) {
      synchronized (CapstoneLibrary.class) {
        result = instance;
        if (result == null) {
          result = new CapstoneLibrary(NativeFunctions.load("Capstone 4", "capstone", 4));
          instance = result;
        }
      }
    }
    return result;
  }
}
