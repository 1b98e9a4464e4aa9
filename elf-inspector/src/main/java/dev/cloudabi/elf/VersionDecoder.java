package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.SectionTypes;
import java.util.ArrayList;
import java.util.List;

/** Decodes {@code .gnu.version}, {@code .gnu.version_d} and {@code .gnu.version_r}. */
final class VersionDecoder {
  private static final int VERDEF_SIZE = 20;
  private static final int VERDAUX_SIZE = 8;
  private static final int VERNEED_SIZE = 16;
  private static final int VERNAUX_SIZE = 16;

  private final ElfInput in;
  private final List<SectionHeader> sections;
  private final ElfParseLimits limits;
  private final Diagnostics diagnostics;

  private VersionDecoder(
      ElfInput in, List<SectionHeader> sections, ElfParseLimits limits, Diagnostics diagnostics) {
    this.in = in;
    this.sections = sections;
    this.limits = limits;
    this.diagnostics = diagnostics;
  }

  static SymbolVersions decode(
      ElfInput in, List<SectionHeader> sections, ElfParseLimits limits, Diagnostics diagnostics) {
    VersionDecoder d = new VersionDecoder(in, sections, limits, diagnostics);
    int[] versym = d.versym();
    if (versym.length == 0) {
      return SymbolVersions.none();
    }
    return new SymbolVersions(d.definitions(), d.requirements(), versym);
  }

  private SectionHeader first(long type) {
    for (SectionHeader s : sections) {
      if (s.sh_type() == type) {
        return s;
      }
    }
    return null;
  }

  private int[] versym() {
    SectionHeader s = first(SectionTypes.SHT_GNU_VERSYM);
    if (s == null || !s.hasFileData()) {
      return new int[0];
    }
    int count =
        Tables.readableCount(
            in,
            diagnostics,
            ".gnu.version",
            s.sh_offset(),
            2,
            s.sh_size() / 2,
            limits.maxSymbolsPerTable());
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = in.u16(s.sh_offset() + 2L * i);
    }
    return out;
  }

  private List<VersionDefinition> definitions() {
    SectionHeader s = first(SectionTypes.SHT_GNU_VERDEF);
    List<VersionDefinition> out = new ArrayList<>();
    if (s == null || !sectionInFile(s, ".gnu.version_d")) {
      return out;
    }
    StringTable names = linkedStrings(s, ".gnu.version_d");
    long end = s.sh_offset() + s.sh_size();
    long at = s.sh_offset();
    // Each vd_next must move forward, so the walk ends within sh_size / 20 steps.
    for (long step = 0; step < s.sh_size() / VERDEF_SIZE; step++) {
      if (at + VERDEF_SIZE > end) {
        diagnostics.add(at, ".gnu.version_d vd_next", "points past the end of the section");
        break;
      }
      int cnt = in.u16(at + 6);
      long aux = in.u32(at + 12);
      long next = in.u32(at + 16);
      List<String> auxNames = new ArrayList<>();
      long auxAt = at + aux;
      for (int i = 0; i < cnt && i < 1024; i++) {
        if (auxAt < at || auxAt + VERDAUX_SIZE > end) {
          diagnostics.add(at, ".gnu.version_d vd_aux", "verdaux entry outside the section");
          break;
        }
        auxNames.add(names.at(in.u32(auxAt), auxAt, ".gnu.version_d vda_name"));
        long auxNext = in.u32(auxAt + 4);
        if (auxNext == 0) {
          break;
        }
        auxAt += auxNext;
      }
      out.add(
          new VersionDefinition(
              at,
              in.u16(at),
              in.u16(at + 2),
              in.u16(at + 4),
              cnt,
              in.u32(at + 8),
              auxNames.isEmpty() ? "" : auxNames.get(0),
              auxNames.isEmpty() ? List.of() : auxNames.subList(1, auxNames.size())));
      if (next == 0) {
        break;
      }
      at += next;
    }
    return out;
  }

  private List<VersionRequirement> requirements() {
    SectionHeader s = first(SectionTypes.SHT_GNU_VERNEED);
    List<VersionRequirement> out = new ArrayList<>();
    if (s == null || !sectionInFile(s, ".gnu.version_r")) {
      return out;
    }
    StringTable names = linkedStrings(s, ".gnu.version_r");
    long end = s.sh_offset() + s.sh_size();
    long at = s.sh_offset();
    long budget = s.sh_size() / VERNAUX_SIZE + 1;
    for (long step = 0; step < s.sh_size() / VERNEED_SIZE && budget > 0; step++) {
      if (at + VERNEED_SIZE > end) {
        diagnostics.add(at, ".gnu.version_r vn_next", "points past the end of the section");
        break;
      }
      int cnt = in.u16(at + 2);
      String file = names.at(in.u32(at + 4), at + 4, ".gnu.version_r vn_file");
      long auxAt = at + in.u32(at + 8);
      long next = in.u32(at + 12);
      for (int i = 0; i < cnt && budget-- > 0; i++) {
        if (auxAt < at || auxAt + VERNAUX_SIZE > end) {
          diagnostics.add(at, ".gnu.version_r vn_aux", "vernaux entry outside the section");
          break;
        }
        out.add(
            new VersionRequirement(
                auxAt,
                file,
                in.u32(auxAt),
                in.u16(auxAt + 4),
                in.u16(auxAt + 6),
                names.at(in.u32(auxAt + 8), auxAt + 8, ".gnu.version_r vna_name")));
        long auxNext = in.u32(auxAt + 12);
        if (auxNext == 0) {
          break;
        }
        auxAt += auxNext;
      }
      if (next == 0) {
        break;
      }
      at += next;
    }
    return out;
  }

  private boolean sectionInFile(SectionHeader s, String field) {
    if (!s.hasFileData() || !in.contains(s.sh_offset(), s.sh_size())) {
      diagnostics.add(s.fileOffset(), field + " sh_offset", "section lies outside the file");
      return false;
    }
    return true;
  }

  private StringTable linkedStrings(SectionHeader s, String field) {
    if (s.sh_link() <= 0 || s.sh_link() >= sections.size()) {
      diagnostics.add(
          s.fileOffset(), field + " sh_link", "is " + s.sh_link() + ", no string table");
      return StringTable.empty(in, diagnostics);
    }
    return SectionHeaderDecoder.stringTable(
        in, sections.get((int) s.sh_link()), limits, diagnostics);
  }
}
