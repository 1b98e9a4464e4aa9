package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.SectionFlags;
import dev.cloudabi.elf.constants.SectionTypes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the syscall names in read-only data. cloudlibc keeps them as one string literal, {@code
 * "clock_res_get\0clock_time_get\0...\0"} in table order without the prefix, and compares each vDSO
 * symbol's name after {@code cloudabi_sys_} against it (crt0's {@code link_vdso}).
 */
final class SyscallNameScanner {
  /** Fewer consecutive names than this are a coincidence, not a table. */
  private static final int MIN_TABLE = 4;

  private static final int MAX_NAME = 32;

  private SyscallNameScanner() {}

  static CarriedNames scan(ElfFile elf) {
    Optional<CarriedNames.NameTable> best = Optional.empty();
    Set<String> prefixed = new LinkedHashSet<>();
    for (Region region : regions(elf)) {
      Optional<CarriedNames.NameTable> found = scanRegion(region, prefixed);
      if (found.isPresent()
          && (best.isEmpty() || found.get().names().size() > best.get().names().size())) {
        best = found;
      }
    }
    Set<String> names = new LinkedHashSet<>();
    best.ifPresent(t -> names.addAll(t.names()));
    for (String p : prefixed) {
      names.add(CloudAbiSyscalls.strip(p));
    }
    return new CarriedNames(best, List.copyOf(prefixed), List.copyOf(names));
  }

  private record Region(String name, long fileOffset, ByteBuffer bytes) {}

  /** Allocated, non-executable data with file contents; the loadable segments if no sections. */
  private static List<Region> regions(ElfFile elf) {
    List<Region> out = new ArrayList<>();
    // Section headers may repeat the same bytes: scan at most twice the file (plus 1 MiB).
    long budget = 2 * elf.fileSize() + (1 << 20);
    for (SectionHeader s : elf.sections()) {
      if (s.sh_type() == SectionTypes.SHT_PROGBITS
          && (s.sh_flags() & SectionFlags.SHF_ALLOC) != 0
          && (s.sh_flags() & SectionFlags.SHF_EXECINSTR) == 0) {
        var data = elf.sectionData(s);
        if (data.isPresent() && (budget -= data.get().remaining()) >= 0) {
          out.add(new Region(s.name(), s.sh_offset(), data.get()));
        }
      }
    }
    if (elf.sections().isEmpty()) {
      for (ProgramHeader p : elf.segmentsOfType(ProgramTypes.PT_LOAD)) {
        if (!p.isExecutable()) {
          elf.segmentData(p)
              .ifPresent(b -> out.add(new Region("PT_LOAD[" + p.index() + "]", p.p_offset(), b)));
        }
      }
    }
    return out;
  }

  private static Optional<CarriedNames.NameTable> scanRegion(Region region, Set<String> prefixed) {
    ByteBuffer b = region.bytes();
    int limit = b.limit();
    List<String> run = new ArrayList<>();
    int runStart = -1;
    List<String> best = List.of();
    int bestStart = -1;
    int start = 0;
    boolean plausible = true;
    for (int i = 0; i < limit; i++) {
      byte c = b.get(i);
      if (c != 0) {
        plausible &= (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        continue;
      }
      int length = i - start;
      String token = null;
      if (plausible && length > 0 && length <= MAX_NAME + CloudAbiSyscalls.PREFIX.length()) {
        token = new String(bytesOf(b, start, length), StandardCharsets.US_ASCII);
      }
      if (token != null && plausible && CloudAbiSyscalls.ALL.contains(token)) {
        if (run.isEmpty()) {
          runStart = start;
        }
        run.add(token);
      } else {
        if (run.size() > best.size()) {
          best = List.copyOf(run);
          bestStart = runStart;
        }
        run.clear();
        if (token != null && token.startsWith(CloudAbiSyscalls.PREFIX)) {
          String rest = token.substring(CloudAbiSyscalls.PREFIX.length());
          if (CloudAbiSyscalls.ALL.contains(rest)) {
            prefixed.add(token);
          }
        }
      }
      start = i + 1;
      plausible = true;
    }
    if (run.size() > best.size()) {
      best = List.copyOf(run);
      bestStart = runStart;
    }
    if (best.size() < MIN_TABLE) {
      return Optional.empty();
    }
    return Optional.of(
        new CarriedNames.NameTable(region.fileOffset() + bestStart, region.name(), best));
  }

  private static byte[] bytesOf(ByteBuffer b, int start, int length) {
    byte[] out = new byte[length];
    b.get(start, out);
    return out;
  }
}
