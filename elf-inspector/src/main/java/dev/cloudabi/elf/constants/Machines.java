package dev.cloudabi.elf.constants;

/** {@code e_machine}: the common architectures, CloudABI's four first. */
public final class Machines {
  private Machines() {}

  public static final int EM_NONE = 0;
  public static final int EM_386 = 3;
  public static final int EM_MIPS = 8;
  public static final int EM_ARM = 40;
  public static final int EM_X86_64 = 62;
  public static final int EM_AARCH64 = 183;
  public static final int EM_RISCV = 243;

  public static final ConstantRegistry REGISTRY =
      ConstantRegistry.builder("e_machine")
          .add(EM_X86_64, "EM_X86_64", "AMD x86-64")
          .add(EM_AARCH64, "EM_AARCH64", "ARM AArch64")
          .add(EM_386, "EM_386", "Intel 80386")
          .add(EM_ARM, "EM_ARM", "ARM (32-bit)")
          .add(EM_NONE, "EM_NONE", "no machine")
          .add(1, "EM_M32", "AT&T WE 32100")
          .add(2, "EM_SPARC", "SPARC")
          .add(4, "EM_68K", "Motorola 68000")
          .add(5, "EM_88K", "Motorola 88000")
          .add(6, "EM_IAMCU", "Intel MCU")
          .add(7, "EM_860", "Intel 80860")
          .add(EM_MIPS, "EM_MIPS", "MIPS")
          .add(9, "EM_S370", "IBM System/370")
          .add(10, "EM_MIPS_RS3_LE", "MIPS RS3000 little-endian")
          .add(15, "EM_PARISC", "HP PA-RISC")
          .add(18, "EM_SPARC32PLUS", "SPARC v8+")
          .add(20, "EM_PPC", "PowerPC")
          .add(21, "EM_PPC64", "PowerPC 64-bit")
          .add(22, "EM_S390", "IBM S/390")
          .add(42, "EM_SH", "Hitachi SH")
          .add(43, "EM_SPARCV9", "SPARC v9 64-bit")
          .add(50, "EM_IA_64", "Intel Itanium")
          .add(83, "EM_AVR", "Atmel AVR")
          .add(94, "EM_XTENSA", "Tensilica Xtensa")
          .add(105, "EM_MSP430", "TI MSP430")
          .add(164, "EM_HEXAGON", "Qualcomm Hexagon")
          .add(190, "EM_CUDA", "NVIDIA CUDA")
          .add(224, "EM_AMDGPU", "AMD GPU")
          .add(EM_RISCV, "EM_RISCV", "RISC-V")
          .add(247, "EM_BPF", "Linux BPF")
          .add(258, "EM_LOONGARCH", "LoongArch")
          .build();
}
