package dev.cloudabi.emulator.loader;

import java.util.List;

/**
 * Addresses of everything the loader put into guest memory for a new process.
 *
 * @param bias the load bias ({@code AT_BASE}): 0 for ET_EXEC
 * @param entry run-time address of {@code _start}
 * @param auxv address of the auxiliary vector (the entry argument)
 * @param stackTop exclusive upper end of the initial stack
 * @param stackBottom lowest address of the initial stack (a guard page lies below)
 * @param tlsSlot x86: the word the FS/GS base points at, holding the TCB address
 * @param tcb the initial thread's TCB
 * @param gdt i686: the descriptor table
 * @param vdso address of the vDSO ELF header
 * @param entryReturn the trapping return address of the entry function
 * @param symbols executable symbols at run-time addresses, sorted by address
 */
public record LoadedProcess(
    long bias,
    long entry,
    long auxv,
    long stackTop,
    long stackBottom,
    long tlsSlot,
    long tcb,
    long gdt,
    long vdso,
    VdsoImage vdsoImage,
    long entryReturn,
    long imageEnd,
    List<GuestSymbol> symbols) {}
