package dev.cloudabi.emulator.loader;

/**
 * Where the runtime puts things in the 4 GiB guest address space. Page 0 stays unmapped so NULL
 * accesses fault; runtime objects sit at the top, out of the way of {@code mem_map}.
 */
public final class AddressLayout {
  /** Size of every guest address space (also for 64-bit guests: pointers stay below 4 GiB). */
  public static final long ADDRESS_SPACE = 1L << 32;

  /** Load bias of position-independent (ET_DYN) executables. */
  public static final long PIE_BIAS = 0x0040_0000L;

  /** Where {@code mem_map} without MAP_FIXED starts looking. */
  public static final long MMAP_BASE = 0x1000_0000L;

  /** The vDSO image ({@link VdsoImage#SIZE} bytes). */
  public static final long VDSO = 0xFFFF_0000L;

  /** The initial thread's TLS page: slot, descriptor table (i686) and TCB. */
  public static final long TLS_PAGE = 0xFFFE_0000L;

  public static final int TLS_SLOT_OFFSET = 0;
  public static final int GDT_OFFSET = 0x40;
  public static final int TCB_OFFSET = 0x100;

  /**
   * Per-thread runtime words of the threads {@code thread_create} starts (slot, descriptor table,
   * TCB; see {@code runtime.ThreadAreas}), between the initial thread's TLS page and the vDSO.
   */
  public static final long THREAD_AREAS = TLS_PAGE + 0x1000;

  public static final long THREAD_AREAS_END = VDSO;

  /** Startup data (auxv, canary, pid, Argdata) ends one guard page below the TLS page. */
  public static final long STARTUP_DATA_END = TLS_PAGE - 0x1000;

  private AddressLayout() {}
}
