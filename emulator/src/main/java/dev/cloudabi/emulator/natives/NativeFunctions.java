package dev.cloudabi.emulator.natives;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The functions of one native library (libc, Unicorn, Capstone), linked by name into downcall
 * handles. A library without a function we need is unusable, which the error says by name.
 */
public final class NativeFunctions {
  private final String library;
  private final SymbolLookup lookup;

  public NativeFunctions(String library, SymbolLookup lookup) {
    this.library = library;
    this.lookup = lookup;
  }

  /**
   * Loads a library as {@link NativeLibraries#load} finds it.
   *
   * @throws NativeLibraryException naming every place that was searched
   */
  public static NativeFunctions load(String displayName, String baseName, int major) {
    return new NativeFunctions(
        displayName, NativeLibraries.load(displayName, NativeLibraries.fileNames(baseName, major)));
  }

  /**
   * A downcall handle of function {@code name}.
   *
   * @throws NativeLibraryException when the library has no such function
   */
  public MethodHandle link(String name, FunctionDescriptor descriptor, Linker.Option... options) {
    MemorySegment symbol =
        lookup
            .find(name)
            .orElseThrow(() -> new NativeLibraryException(library + " lacks the symbol " + name));
    return Linker.nativeLinker().downcallHandle(symbol, descriptor, options);
  }
}
