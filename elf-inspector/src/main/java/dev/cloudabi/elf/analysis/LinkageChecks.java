package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.DynamicEntry;
import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.RelocationSection;
import dev.cloudabi.elf.constants.DynamicTags;
import dev.cloudabi.elf.constants.FileTypes;
import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.RelocationTypes;
import java.util.Map;
import java.util.TreeMap;

/** Static linking and what crt0's self-relocator can handle (CLOUDABI-ABI.md §2.3 step 7). */
final class LinkageChecks {
  private LinkageChecks() {}

  static void staticLinking(ElfFile elf, Findings out) {
    for (ProgramHeader p : elf.segmentsOfType(ProgramTypes.PT_INTERP)) {
      out.error(
          "interpreter-present",
          "PT_INTERP asks for the program interpreter "
              + elf.interpreter().orElse("?")
              + "; CloudABI programs are static",
          "PT_INTERP",
          p.fileOffset());
    }
    elf.dynamic()
        .ifPresent(
            dynamic -> {
              for (DynamicEntry e : dynamic.entries()) {
                if (e.d_tag() == DynamicTags.DT_NEEDED) {
                  out.error(
                      "needs-library",
                      "DT_NEEDED "
                          + e.string().orElse("?")
                          + ": CloudABI programs cannot load shared libraries",
                      "DT_NEEDED",
                      e.fileOffset());
                } else if (e.d_tag() == DynamicTags.DT_TEXTREL) {
                  out.warning(
                      "text-relocations",
                      "DT_TEXTREL: relocations write read-only pages",
                      "DT_TEXTREL",
                      e.fileOffset());
                }
              }
            });
  }

  /** PIE crt0 applies only the machine's RELATIVE type from DT_RELA; anything else aborts. */
  static void selfRelocation(ElfFile elf, CloudAbiArch arch, Findings out) {
    if (elf.header().e_type() != FileTypes.ET_DYN) {
      return;
    }
    int relative = RelocationTypes.relativeType(arch.machine());
    Map<String, Long> unsupported = new TreeMap<>();
    long firstOffset = -1;
    long relativeCount = 0;
    long relocationsAt = -1;
    for (RelocationSection section : elf.relocations()) {
      if (!section.section().isAllocated()) {
        continue;
      }
      if (section.kind() != RelocationSection.Kind.RELA) {
        out.error(
            "unsupported-relocation-format",
            section.section().name()
                + " holds "
                + section.kind()
                + " relocations; cloudlibc's crt0 reads only DT_RELA",
            section.section().name(),
            section.section().fileOffset());
        continue;
      }
      if (relocationsAt < 0) {
        relocationsAt = section.section().fileOffset();
      }
      for (int i = 0; i < section.relocations().size(); i++) {
        int type = section.type(i); // not get(i): libraries have 100 000s of relocations
        if (type == relative) {
          relativeCount++;
        } else {
          unsupported.merge(section.typeName(type), 1L, Long::sum);
          if (firstOffset < 0) {
            firstOffset = section.relocations().get(i).fileOffset();
          }
        }
      }
    }
    if (!unsupported.isEmpty()) {
      out.error(
          "unsupported-relocations",
          "crt0 aborts (SIGABRT, exit 127) on relocation types "
              + unsupported
              + "; only "
              + RelocationTypes.forMachine(arch.machine()).name(relative)
              + " is applied",
          "r_info",
          firstOffset);
    } else if (relativeCount > 0) {
      out.info(
          "self-relocation",
          relativeCount
              + " "
              + RelocationTypes.forMachine(arch.machine()).name(relative)
              + " relocations, applied by crt0 with AT_BASE",
          "sh_type SHT_RELA",
          relocationsAt);
    }
  }
}
