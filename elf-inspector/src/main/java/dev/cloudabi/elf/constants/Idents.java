package dev.cloudabi.elf.constants;

/** The {@code e_ident} bytes: class, data encoding and OS/ABI. */
public final class Idents {
  private Idents() {}

  public static final int EI_CLASS = 4;
  public static final int EI_DATA = 5;
  public static final int EI_VERSION = 6;
  public static final int EI_OSABI = 7;
  public static final int EI_ABIVERSION = 8;
  public static final int EI_NIDENT = 16;

  public static final int ELFCLASS32 = 1;
  public static final int ELFCLASS64 = 2;
  public static final int ELFDATA2LSB = 1;
  public static final int ELFDATA2MSB = 2;
  public static final int EV_CURRENT = 1;

  public static final int ELFOSABI_NONE = 0;
  public static final int ELFOSABI_CLOUDABI = 17;

  public static final ConstantRegistry CLASS =
      ConstantRegistry.builder("EI_CLASS")
          .add(0, "ELFCLASSNONE", "invalid class")
          .add(ELFCLASS32, "ELFCLASS32", "32-bit objects")
          .add(ELFCLASS64, "ELFCLASS64", "64-bit objects")
          .build();

  public static final ConstantRegistry DATA =
      ConstantRegistry.builder("EI_DATA")
          .add(0, "ELFDATANONE", "invalid data encoding")
          .add(ELFDATA2LSB, "ELFDATA2LSB", "two's complement, little-endian")
          .add(ELFDATA2MSB, "ELFDATA2MSB", "two's complement, big-endian")
          .build();

  public static final ConstantRegistry OSABI =
      ConstantRegistry.builder("EI_OSABI")
          .add(0, "ELFOSABI_NONE", "UNIX System V ABI")
          .add(1, "ELFOSABI_HPUX", "HP-UX")
          .add(2, "ELFOSABI_NETBSD", "NetBSD")
          .add(3, "ELFOSABI_GNU", "GNU/Linux")
          .add(4, "ELFOSABI_HURD", "GNU/Hurd")
          .add(6, "ELFOSABI_SOLARIS", "Solaris")
          .add(7, "ELFOSABI_AIX", "AIX")
          .add(8, "ELFOSABI_IRIX", "IRIX")
          .add(9, "ELFOSABI_FREEBSD", "FreeBSD")
          .add(10, "ELFOSABI_TRU64", "Tru64 UNIX")
          .add(11, "ELFOSABI_MODESTO", "Novell Modesto")
          .add(12, "ELFOSABI_OPENBSD", "OpenBSD")
          .add(13, "ELFOSABI_OPENVMS", "OpenVMS")
          .add(14, "ELFOSABI_NSK", "HP Non-Stop Kernel")
          .add(15, "ELFOSABI_AROS", "AROS")
          .add(16, "ELFOSABI_FENIXOS", "FenixOS")
          .add(ELFOSABI_CLOUDABI, "ELFOSABI_CLOUDABI", "Nuxi CloudABI")
          .add(18, "ELFOSABI_OPENVOS", "Stratus OpenVOS")
          .add(97, "ELFOSABI_ARM", "ARM")
          .add(255, "ELFOSABI_STANDALONE", "standalone (embedded) application")
          .build();
}
