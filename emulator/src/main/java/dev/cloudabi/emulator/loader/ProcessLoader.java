package dev.cloudabi.emulator.loader;

import dev.cloudabi.emulator.abi.Layouts;
import dev.cloudabi.emulator.abi.SyscallSignature;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a new process image in guest memory (ABI §2.3, §3.1, §4): the executable's segments with
 * their protections, the vDSO, the TLS page, the startup data (Argdata, 64-byte canary, 16-byte v4
 * process UUID, auxiliary vector) and a stack with a guard page.
 */
public final class ProcessLoader {
  public static final int CANARY_LENGTH = 64;
  public static final int AT_NULL = 0;
  public static final int AT_PHDR = 3;
  public static final int AT_PHNUM = 4;
  public static final int AT_PAGESZ = 6;
  public static final int AT_BASE = 7;
  public static final int AT_ARGDATA = 256;
  public static final int AT_ARGDATALEN = 257;
  public static final int AT_CANARY = 258;
  public static final int AT_CANARYLEN = 259;
  public static final int AT_NCPUS = 260;
  public static final int AT_TID = 261;
  public static final int AT_SYSINFO_EHDR = 262;
  public static final int AT_PID = 263;

  private ProcessLoader() {}

  /**
   * Maps and fills everything.
   *
   * @param random 64 canary bytes followed by 16 process-id bytes
   */
  public static LoadedProcess load(
      Executable exe,
      GuestMemory memory,
      List<SyscallSignature> vdsoSyscalls,
      byte[] argdata,
      long stackSize,
      int cpuCount,
      int mainTid,
      byte[] random)
      throws LoadException {
    Arch arch = exe.arch();
    long bias = exe.positionIndependent() ? AddressLayout.PIE_BIAS - pageDown(exe.lowAddress()) : 0;
    long imageEnd = bias + exe.highAddress();
    if (bias + exe.lowAddress() < GuestMemory.PAGE_SIZE || imageEnd > AddressLayout.MMAP_BASE) {
      throw new LoadException(
          "the executable's segments (0x"
              + Long.toHexString(exe.lowAddress())
              + "-0x"
              + Long.toHexString(exe.highAddress())
              + ") do not fit the guest image area 0x1000-0x"
              + Long.toHexString(AddressLayout.MMAP_BASE));
    }
    mapImage(exe, memory, bias);

    VdsoImage vdso = VdsoImage.build(arch, exe.e_flags(), vdsoSyscalls);
    memory.map(AddressLayout.VDSO, VdsoImage.SIZE, Prot.RW);
    byte[] vdsoBytes = vdso.bytes();
    memory.load(AddressLayout.VDSO, vdsoBytes, 0, vdsoBytes.length);
    memory.protect(AddressLayout.VDSO, VdsoImage.SIZE, Prot.RX);

    memory.map(AddressLayout.TLS_PAGE, GuestMemory.PAGE_SIZE, Prot.RW);
    long tlsSlot = AddressLayout.TLS_PAGE + AddressLayout.TLS_SLOT_OFFSET;
    long tcb = AddressLayout.TLS_PAGE + AddressLayout.TCB_OFFSET;
    memory.writeWord(tlsSlot, tcb, arch.pointerSize());

    int word = arch.pointerSize();
    int auxvEntry = Layouts.AUXV.size(word);
    int valueOffset = Layouts.AUXV.offset("a_val", word);
    int auxvCount = 13;
    long dataSize =
        GuestMemory.roundUp(
            (long) auxvCount * auxvEntry + CANARY_LENGTH + 16 + argdata.length + 16);
    long dataBase = AddressLayout.STARTUP_DATA_END - dataSize;
    long auxv = dataBase;
    long canary = auxv + (long) auxvCount * auxvEntry;
    long pid = canary + CANARY_LENGTH;
    long argdataAddress = pid + 16;

    long stackTop = dataBase - GuestMemory.PAGE_SIZE;
    long stackBottom = stackTop - GuestMemory.roundUp(stackSize);
    if (stackBottom - GuestMemory.PAGE_SIZE <= AddressLayout.MMAP_BASE) {
      throw new LoadException("the stack and Argdata do not fit into the guest address space");
    }
    memory.reserve(stackBottom - GuestMemory.PAGE_SIZE, GuestMemory.PAGE_SIZE);
    memory.reserve(stackTop, dataBase - stackTop);
    memory.map(stackBottom, stackTop - stackBottom, Prot.RW);

    memory.map(dataBase, dataSize, Prot.RW);
    memory.load(canary, random, 0, CANARY_LENGTH);
    byte[] uuid = java.util.Arrays.copyOfRange(random, CANARY_LENGTH, CANARY_LENGTH + 16);
    uuid[6] = (byte) ((uuid[6] & 0x0F) | 0x40);
    uuid[8] = (byte) ((uuid[8] & 0x3F) | 0x80);
    memory.load(pid, uuid, 0, 16);
    memory.load(argdataAddress, argdata, 0, argdata.length);

    ByteBuffer a = ByteBuffer.allocate(auxvCount * auxvEntry).order(ByteOrder.LITTLE_ENDIAN);
    long[][] entries = {
      {AT_ARGDATA, argdataAddress},
      {AT_ARGDATALEN, argdata.length},
      {AT_BASE, bias},
      {AT_CANARY, canary},
      {AT_CANARYLEN, CANARY_LENGTH},
      {AT_NCPUS, cpuCount},
      {AT_PAGESZ, GuestMemory.PAGE_SIZE},
      {AT_PHDR, bias + exe.phdrAddress()},
      {AT_PHNUM, exe.e_phnum()},
      {AT_PID, pid},
      {AT_SYSINFO_EHDR, AddressLayout.VDSO},
      {AT_TID, mainTid},
      {AT_NULL, 0}
    };
    for (int i = 0; i < entries.length; i++) {
      int at = i * auxvEntry;
      a.putInt(at + Layouts.AUXV.offset("a_type", word), (int) entries[i][0]);
      if (word == 8) {
        a.putLong(at + valueOffset, entries[i][1]);
      } else {
        a.putInt(at + valueOffset, (int) entries[i][1]);
      }
    }
    memory.load(auxv, a.array(), 0, a.capacity());
    // Startup data is only read by the program.
    memory.protect(dataBase, dataSize, Prot.READ);

    List<GuestSymbol> symbols = new ArrayList<>();
    for (GuestSymbol s : exe.symbols()) {
      symbols.add(new GuestSymbol(s.name(), s.address() + bias, s.size()));
    }
    return new LoadedProcess(
        bias,
        exe.e_entry() + bias,
        auxv,
        stackTop,
        stackBottom,
        tlsSlot,
        tcb,
        AddressLayout.TLS_PAGE + AddressLayout.GDT_OFFSET,
        AddressLayout.VDSO,
        vdso,
        AddressLayout.VDSO + vdso.trapOffset(0),
        imageEnd,
        List.copyOf(symbols));
  }

  /**
   * Maps PT_LOAD segments: file bytes copied, the rest zero (bss); pages shared by two segments get
   * the union of their protections.
   */
  private static void mapImage(Executable exe, GuestMemory memory, long bias) {
    long start = pageDown(bias + exe.lowAddress());
    long end = GuestMemory.roundUp(bias + exe.highAddress());
    memory.map(start, end - start, Prot.RW);
    for (Segment s : exe.segments()) {
      memory.load(bias + s.p_vaddr(), exe.bytes(), (int) s.p_offset(), (int) s.p_filesz());
    }
    int pages = (int) ((end - start) / GuestMemory.PAGE_SIZE);
    int[] prot = new int[pages];
    for (Segment s : exe.segments()) {
      int first = (int) ((pageDown(bias + s.p_vaddr()) - start) / GuestMemory.PAGE_SIZE);
      int last =
          (int)
              ((GuestMemory.roundUp(bias + s.p_vaddr() + s.p_memsz()) - start)
                  / GuestMemory.PAGE_SIZE);
      for (int p = first; p < last; p++) {
        prot[p] |= s.prot();
      }
    }
    int p = 0;
    while (p < pages) {
      int q = p;
      while (q < pages && prot[q] == prot[p]) {
        q++;
      }
      long address = start + (long) p * GuestMemory.PAGE_SIZE;
      long length = (long) (q - p) * GuestMemory.PAGE_SIZE;
      if (prot[p] == 0) {
        memory.unmap(address, length);
      } else {
        memory.protect(address, length, prot[p]);
      }
      p = q;
    }
  }

  private static long pageDown(long address) {
    return address & -GuestMemory.PAGE_SIZE;
  }
}
