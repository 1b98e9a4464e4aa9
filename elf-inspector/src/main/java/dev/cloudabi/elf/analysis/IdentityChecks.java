package dev.cloudabi.elf.analysis;

import static dev.cloudabi.elf.analysis.Findings.hex;

import dev.cloudabi.elf.ElfHeader;
import dev.cloudabi.elf.constants.FileTypes;
import dev.cloudabi.elf.constants.Idents;
import dev.cloudabi.elf.constants.Machines;
import java.util.Optional;

/** OS/ABI, machine, class, byte order and file type (CLOUDABI-ABI.md §2.1). */
final class IdentityChecks {
  private IdentityChecks() {}

  static Optional<CloudAbiArch> check(ElfHeader h, Findings out) {
    if (h.ei_osabi() != Idents.ELFOSABI_CLOUDABI) {
      out.error(
          "not-cloudabi",
          "EI_OSABI is " + h.osabiName() + " (" + h.ei_osabi() + "), not ELFOSABI_CLOUDABI (17)",
          "EI_OSABI",
          Idents.EI_OSABI);
    }
    Optional<CloudAbiArch> arch = CloudAbiArch.forMachine(h.e_machine());
    if (arch.isEmpty()) {
      out.error(
          "unsupported-machine",
          "e_machine "
              + Machines.REGISTRY.name(h.e_machine())
              + " is not a CloudABI target (x86_64, aarch64, i686, armv6)",
          "e_machine",
          18);
      return arch;
    }
    CloudAbiArch a = arch.get();
    if (h.ei_class() != a.elfClass()) {
      out.error(
          "wrong-class",
          a.triple()
              + " binaries are "
              + Idents.CLASS.name(a.elfClass())
              + ", this one is "
              + Idents.CLASS.name(h.ei_class()),
          "EI_CLASS",
          Idents.EI_CLASS);
    }
    if (h.ei_data() != Idents.ELFDATA2LSB) {
      out.error(
          "big-endian",
          "every CloudABI target is little-endian (ELFDATA2LSB)",
          "EI_DATA",
          Idents.EI_DATA);
    }
    long typeField = 16;
    if (h.e_type() == FileTypes.ET_DYN) {
      if (a.expectedType() == FileTypes.ET_DYN) {
        out.info(
            "pie",
            a.triple()
                + " position-independent executable (ET_DYN): loaded at any base,"
                + " crt0 relocates itself",
            "e_type",
            typeField);
      } else {
        out.warning(
            "pie-without-relocator",
            "ET_DYN on "
                + a.triple()
                + ": cloudlibc's crt0 has no self-relocator here, so it only"
                + " works when loaded at bias 0 or free of relocations",
            "e_type",
            typeField);
      }
    } else if (h.e_type() == FileTypes.ET_EXEC) {
      if (a.expectedType() == FileTypes.ET_EXEC) {
        out.info(
            "fixed-address",
            a.triple() + " executable linked at a fixed address (ET_EXEC)",
            "e_type",
            typeField);
      } else {
        out.warning(
            "fixed-address-unusual",
            "ET_EXEC on "
                + a.triple()
                + ": CloudABI toolchains build PIE here; loaded at its link"
                + " addresses",
            "e_type",
            typeField);
      }
    } else {
      out.error(
          "not-executable",
          "e_type " + FileTypes.REGISTRY.name(h.e_type()) + " is not an executable",
          "e_type",
          typeField);
    }
    if (h.e_machine() == Machines.EM_ARM && h.e_flags() != 0) {
      out.info(
          "arm-flags",
          "e_flags "
              + hex(h.e_flags())
              + " (CloudABI armv6 uses EABI v5,"
              + " hard-float: the CPU needs VFP)",
          "e_flags",
          h.is64() ? 0x30 : 0x24);
    }
    return arch;
  }
}
