package dev.cloudabi.emulator.unicorn;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.cpu.ArmRegister;
import dev.cloudabi.emulator.cpu.Register;
import dev.cloudabi.emulator.cpu.Registers;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * One Unicorn CPU (one guest thread). Guest memory is never copied into Unicorn: the caller maps
 * host {@link MemorySegment}s with {@link #mapHost}, so several engines can share it.
 *
 * <p>An engine is driven by one thread at a time; only {@link #stop()} may be called from another
 * thread. Exceptions thrown by hooks never cross the native frames: the upcall catches them, stops
 * the engine, and {@link #start} rethrows them once Unicorn has returned.
 */
public final class UnicornEngine implements Registers, AutoCloseable {
  private static final int UC_ARCH_ARM = 1;
  private static final int UC_ARCH_ARM64 = 2;
  private static final int UC_ARCH_X86 = 4;
  private static final int UC_MODE_32 = 4;
  private static final int UC_MODE_64 = 8;
  private static final int UC_CTL_CPU_MODEL_WRITE = 7 | (1 << 26) | (1 << 30);
  private static final int UC_CTL_TB_FLUSH_WRITE = 10 | (1 << 30);
  private static final int UC_CTL_TB_REMOVE_CACHE_WRITE = 9 | (2 << 26) | (1 << 30);
  private static final int UC_CPU_ARM_1176 = 5;
  private static final int UC_X86_REG_GDTR = 243;

  private final UnicornLibrary lib;
  private final Arch arch;
  private final Arena arena = Arena.ofShared();
  private final MemorySegment uc;
  private final MemorySegment scratch;
  private final long ucAddress;
  private final long scratchAddress;
  private final HookUpcalls hooks;
  private boolean closed;

  private UnicornEngine(UnicornLibrary lib, Arch arch, MemorySegment uc) {
    this.lib = lib;
    this.arch = arch;
    this.uc = uc;
    this.scratch = unscoped(arena.allocate(64, 16));
    this.ucAddress = uc.address();
    this.scratchAddress = scratch.address();
    this.hooks = new HookUpcalls(lib, uc, arena, this::stop);
  }

  /** Opens an engine for the architecture (ARM1176 for armv6), with no memory mapped. */
  public static UnicornEngine open(Arch arch) {
    UnicornLibrary lib = UnicornLibrary.get();
    int ucArch =
        switch (arch) {
          case X86_64, I686 -> UC_ARCH_X86;
          case AARCH64 -> UC_ARCH_ARM64;
          case ARMV6 -> UC_ARCH_ARM;
        };
    int mode =
        switch (arch) {
          case X86_64 -> UC_MODE_64;
          case I686 -> UC_MODE_32;
          case AARCH64, ARMV6 -> 0;
        };
    try (Arena local = Arena.ofConfined()) {
      MemorySegment handle = local.allocate(ADDRESS);
      lib.check(
          "uc_open(" + arch.displayName() + ")", (int) lib.open.invokeExact(ucArch, mode, handle));
      UnicornEngine engine = new UnicornEngine(lib, arch, handle.get(ADDRESS, 0));
      if (arch == Arch.ARMV6) {
        // CloudABI armv6 binaries are built for arm1136jf-s with VFPv2; ARM1176 is the closest
        // model Unicorn offers. It must be chosen before any other call.
        engine.ctl("uc_ctl(CPU_MODEL=ARM1176)", UC_CTL_CPU_MODEL_WRITE, UC_CPU_ARM_1176);
      }
      return engine;
    } catch (UnicornException e) {
      throw e;
    } catch (Throwable t) {
      throw new UnicornException("uc_open failed: " + t);
    }
  }

  /** The version of the loaded Unicorn library, e.g. {@code 2.1.1}. */
  public static String libraryVersion() {
    return UnicornLibrary.get().versionText;
  }

  @Override
  public Arch arch() {
    return arch;
  }

  // ---- memory -------------------------------------------------------------------------------

  /**
   * Maps {@code host} (page-aligned, a multiple of 4 KiB) at guest {@code address}. The segment
   * must stay alive while it is mapped.
   */
  public void mapHost(long address, MemorySegment host, int prot) {
    call(
        "uc_mem_map_ptr(0x" + Long.toHexString(address) + ", " + host.byteSize() + ")",
        () -> (int) lib.memMapPtr.invokeExact(uc, address, host.byteSize(), toUc(prot), host));
  }

  public void protect(long address, long size, int prot) {
    call(
        "uc_mem_protect(0x" + Long.toHexString(address) + ", " + size + ")",
        () -> (int) lib.memProtect.invokeExact(uc, address, size, toUc(prot)));
  }

  public void unmap(long address, long size) {
    call(
        "uc_mem_unmap(0x" + Long.toHexString(address) + ", " + size + ")",
        () -> (int) lib.memUnmap().invokeExact(uc, address, size));
  }

  /** Reads guest memory through Unicorn's own view (for diagnostics and tests). */
  public byte[] readMemory(long address, int length) {
    try (Arena local = Arena.ofConfined()) {
      MemorySegment buffer = local.allocate(Math.max(1, length));
      call(
          "uc_mem_read(0x" + Long.toHexString(address) + ")",
          () -> (int) lib.memRead().invokeExact(uc, address, buffer, (long) length));
      return buffer.asSlice(0, length).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }
  }

  /** Drops translated code for {@code [address, address+size)} (after guest code was changed). */
  public void invalidateCode(long address, long size) {
    try {
      int rc =
          (int)
              lib.ctlTwoLongs()
                  .invokeExact(uc, UC_CTL_TB_REMOVE_CACHE_WRITE, address, address + size);
      lib.check("uc_ctl(TB_REMOVE_CACHE)", rc);
    } catch (UnicornException e) {
      throw e;
    } catch (Throwable t) {
      throw new UnicornException("uc_ctl failed: " + t);
    }
  }

  /** Drops all translated code. */
  public void flushCode() {
    try {
      lib.check("uc_ctl(TB_FLUSH)", (int) lib.ctlNone().invokeExact(uc, UC_CTL_TB_FLUSH_WRITE));
    } catch (UnicornException e) {
      throw e;
    } catch (Throwable t) {
      throw new UnicornException("uc_ctl failed: " + t);
    }
  }

  // ---- registers ----------------------------------------------------------------------------

  @Override
  public long read(Register register) {
    requireOpen();
    checkArch(register);
    int id = RegisterIds.of(register);
    if (id == RegisterIds.ARM_COPROCESSOR) {
      return coprocessor((ArmRegister) register, 0, false);
    }
    scratch.set(JAVA_LONG, 0, 0);
    try {
      int rc = (int) UnicornLibrary.Hot.REG_READ.invokeExact(ucAddress, id, scratchAddress);
      if (rc != 0) {
        lib.check("uc_reg_read(" + register.displayName() + ")", rc);
      }
    } catch (UnicornException e) {
      throw e;
    } catch (Throwable t) {
      throw new UnicornException("uc_reg_read failed: " + t);
    }
    return switch (register.width()) {
      case 2 -> scratch.get(JAVA_SHORT, 0) & 0xFFFFL;
      case 4 -> scratch.get(JAVA_INT, 0) & 0xFFFF_FFFFL;
      default -> scratch.get(JAVA_LONG, 0);
    };
  }

  @Override
  public void write(Register register, long value) {
    requireOpen();
    checkArch(register);
    int id = RegisterIds.of(register);
    if (id == RegisterIds.ARM_COPROCESSOR) {
      coprocessor((ArmRegister) register, value, true);
      return;
    }
    scratch.set(JAVA_LONG, 0, register.width() == 4 ? value & 0xFFFF_FFFFL : value);
    try {
      int rc = (int) UnicornLibrary.Hot.REG_WRITE.invokeExact(ucAddress, id, scratchAddress);
      if (rc != 0) {
        lib.check("uc_reg_write(" + register.displayName() + ")", rc);
      }
    } catch (UnicornException e) {
      throw e;
    } catch (Throwable t) {
      throw new UnicornException("uc_reg_write failed: " + t);
    }
  }

  @Override
  public RegisterBatch batch(List<? extends Register> registers) {
    int n = registers.size();
    MemorySegment ids = unscoped(arena.allocate(JAVA_INT, n));
    MemorySegment values = unscoped(arena.allocate(JAVA_LONG, n));
    MemorySegment pointers = unscoped(arena.allocate(ADDRESS, n));
    long[] masks = new long[n];
    for (int i = 0; i < n; i++) {
      Register register = registers.get(i);
      checkArch(register);
      int id = RegisterIds.of(register);
      if (id == RegisterIds.ARM_COPROCESSOR) {
        throw new IllegalArgumentException(register + " cannot be read in a batch");
      }
      ids.setAtIndex(JAVA_INT, i, id);
      pointers.setAtIndex(ADDRESS, i, values.asSlice(8L * i, 8));
      masks[i] = register.width() == 8 ? -1L : (1L << (8 * register.width())) - 1;
    }
    long idsAddress = ids.address();
    long pointersAddress = pointers.address();
    return into -> {
      requireOpen();
      try {
        int rc =
            (int)
                UnicornLibrary.Hot.REG_READ_BATCH.invokeExact(
                    ucAddress, idsAddress, pointersAddress, n);
        if (rc != 0) {
          lib.check("uc_reg_read_batch", rc);
        }
      } catch (UnicornException e) {
        throw e;
      } catch (Throwable t) {
        throw new UnicornException("uc_reg_read_batch failed: " + t);
      }
      for (int i = 0; i < n; i++) {
        into[i] = values.getAtIndex(JAVA_LONG, i) & masks[i];
      }
    };
  }

  /** x86 only: loads GDTR with a table at guest {@code base} of {@code limit + 1} bytes. */
  public void setGlobalDescriptorTable(long base, int limit) {
    if (arch != Arch.I686 && arch != Arch.X86_64) {
      throw new IllegalStateException("GDTR exists only on x86");
    }
    requireOpen();
    scratch.fill((byte) 0);
    scratch.set(JAVA_LONG, 8, base);
    scratch.set(JAVA_INT, 16, limit);
    call(
        "uc_reg_write(GDTR)",
        () ->
            (int)
                UnicornLibrary.Hot.REG_WRITE.invokeExact(
                    ucAddress, UC_X86_REG_GDTR, scratchAddress));
  }

  private long coprocessor(ArmRegister register, long value, boolean write) {
    int[] encoding = RegisterIds.coprocessor(register);
    scratch.fill((byte) 0);
    scratch.set(JAVA_INT, 0, 15); // cp15
    scratch.set(JAVA_INT, 12, encoding[0]); // crn
    scratch.set(JAVA_INT, 16, encoding[1]); // crm
    scratch.set(JAVA_INT, 20, encoding[2]); // opc1
    scratch.set(JAVA_INT, 24, encoding[3]); // opc2
    scratch.set(JAVA_LONG, 32, value & 0xFFFF_FFFFL);
    MethodHandle handle = write ? UnicornLibrary.Hot.REG_WRITE : UnicornLibrary.Hot.REG_READ;
    call(
        (write ? "uc_reg_write(" : "uc_reg_read(") + register.displayName() + ")",
        () -> (int) handle.invokeExact(ucAddress, RegisterIds.ARM_REG_CP_REG, scratchAddress));
    return scratch.get(JAVA_LONG, 32) & 0xFFFF_FFFFL;
  }

  /**
   * The engine's own buffers are used through views without a session: a shared arena would make
   * every register access acquire and release it (atomic operations on each system call). The views
   * must not be used after {@link #close}, which {@link #requireOpen} guards.
   */
  private static MemorySegment unscoped(MemorySegment segment) {
    return segment.reinterpret(Arena.global(), null);
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the engine is closed");
    }
  }

  private void checkArch(Register register) {
    boolean ok =
        switch (register) {
          case dev.cloudabi.emulator.cpu.X86Register r -> arch == Arch.X86_64 || arch == Arch.I686;
          case ArmRegister r -> arch == Arch.ARMV6;
          case dev.cloudabi.emulator.cpu.Arm64Register r -> arch == Arch.AARCH64;
        };
    if (!ok) {
      throw new IllegalArgumentException(
          register.displayName() + " is not a register of " + arch.displayName());
    }
  }

  // ---- running ------------------------------------------------------------------------------

  /**
   * Runs from {@code begin} until {@code until}, a hook stops it, {@code timeoutMicros} elapse (0 =
   * none) or {@code count} instructions ran (0 = unlimited; slows emulation, so only for
   * single-stepping). Guest faults are returned; a hook's exception is rethrown here.
   */
  public EngineStop start(long begin, long until, long timeoutMicros, long count) {
    int rc;
    try {
      rc = (int) UnicornLibrary.Hot.EMU_START.invokeExact(uc, begin, until, timeoutMicros, count);
    } catch (Throwable t) {
      throw new UnicornException("uc_emu_start failed: " + t);
    }
    Throwable failure = hooks.takeFailure();
    if (failure != null) {
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      throw new UnicornException("a hook failed: " + failure);
    }
    EngineStop stop = EngineStop.fromUnicorn(rc);
    if (stop == null) {
      lib.check("uc_emu_start", rc);
    }
    return stop;
  }

  /** Asks the running emulation to stop soon; safe from any thread. */
  public void stop() {
    try {
      int ignored = (int) UnicornLibrary.Hot.EMU_STOP.invokeExact(uc);
    } catch (Throwable t) {
      throw new UnicornException("uc_emu_stop failed: " + t);
    }
  }

  // ---- hooks --------------------------------------------------------------------------------

  /** Calls {@code hook} before every instruction in {@code [begin, end]} (inclusive). */
  public void addCodeHook(long begin, long end, Hooks.CodeHook hook) {
    hooks.addCodeHook(begin, end, hook);
  }

  /**
   * Calls {@code hook} when a translated block starting in {@code [begin, end]} is entered, before
   * its first instruction. Unlike a code hook it leaves Unicorn restoring the program counter when
   * a stop request ends a chain of blocks, so a stopped engine can be resumed where it stands.
   */
  public void addBlockHook(long begin, long end, Hooks.CodeHook hook) {
    hooks.addBlockHook(begin, end, hook);
  }

  /** Calls {@code hook} for unmapped and protection-violating accesses anywhere. */
  public void addMemoryFaultHook(Hooks.MemoryFaultHook hook) {
    hooks.addMemoryFaultHook(hook);
  }

  public void addInterruptHook(Hooks.InterruptHook hook) {
    hooks.addInterruptHook(hook);
  }

  public void addInvalidInstructionHook(Hooks.InvalidInstructionHook hook) {
    hooks.addInvalidInstructionHook(hook);
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      int ignored = (int) lib.close.invokeExact(uc);
    } catch (Throwable t) {
      throw new UnicornException("uc_close failed: " + t);
    } finally {
      hooks.release();
      arena.close();
    }
  }

  private void ctl(String what, int control, int argument) {
    call(what, () -> (int) lib.ctlInt.invokeExact(uc, control, argument));
  }

  private void call(String what, NativeCall call) {
    int rc;
    try {
      rc = call.invoke();
    } catch (UnicornException e) {
      throw e;
    } catch (Throwable t) {
      throw new UnicornException(what + " failed: " + t);
    }
    lib.check(what, rc);
  }

  private static int toUc(int prot) {
    // Our protection bits (READ 1, WRITE 2, EXEC 4) are Unicorn's UC_PROT_* values.
    return prot & 7;
  }

  @FunctionalInterface
  private interface NativeCall {
    int invoke() throws Throwable;
  }
}
