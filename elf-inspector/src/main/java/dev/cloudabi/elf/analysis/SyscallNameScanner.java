package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.SectionFlags;
import dev.cloudabi.elf.constants.SectionTypes;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

  /**
   * Splits the region into NUL-terminated tokens and keeps the longest run of consecutive known
   * names. Regions run to tens of megabytes (a big library's {@code .rodata}, half of it zero
   * bytes), so NULs are found eight bytes at a time, and only a NUL that ends a non-empty token is
   * looked at: its token is read backwards, where most strings that are not names fail soonest.
   */
  private static Optional<CarriedNames.NameTable> scanRegion(Region region, Set<String> prefixed) {
    MemorySegment b = MemorySegment.ofBuffer(region.bytes());
    long size = b.byteSize();
    Runs runs = new Runs();
    long previousNul = TOP_BYTE; // the byte before the region counts as a NUL
    long[] words = new long[CHUNK_WORDS]; // read in bulk: per-word segment reads are slow in C1
    long i = 0;
    while (i + Long.BYTES <= size) {
      int count = (int) Math.min(CHUNK_WORDS, (size - i) / Long.BYTES);
      MemorySegment.copy(b, WORD, i, words, 0, count);
      for (int k = 0; k < count; k++, i += Long.BYTES) {
        long word = words[k];
        long nuls = ~(((word & LOW7) + LOW7) | word | LOW7); // top bit of each zero byte, exactly
        long ends = nuls & ~((nuls << 8) | (previousNul >>> 56)); // NULs after a non-NUL byte
        previousNul = nuls;
        for (; ends != 0; ends &= ends - 1) {
          int bit = Long.numberOfTrailingZeros(ends);
          // Most NULs in data end binary values: skip those whose last byte is in this word.
          if (bit < Byte.SIZE || NAME_CHAR[(int) (word >>> (bit - 15)) & 0xFF]) {
            token(b, i + (bit >>> 3), runs, prefixed);
          }
        }
      }
    }
    boolean afterNul = (previousNul & TOP_BYTE) != 0;
    for (; i < size; i++) {
      boolean nul = b.get(ValueLayout.JAVA_BYTE, i) == 0;
      if (nul && !afterNul) {
        token(b, i, runs, prefixed);
      }
      afterNul = nul;
    }
    runs.end();
    if (runs.best.size() < MIN_TABLE) {
      return Optional.empty();
    }
    return Optional.of(
        new CarriedNames.NameTable(region.fileOffset() + runs.bestStart, region.name(), runs.best));
  }

  private static final ValueLayout.OfLong WORD =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN); // byte k = bits 8k..
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final int CHUNK_WORDS = 8192;
  private static final long TOP_BYTE = 0x80L << 56;
  private static final int MAX_TOKEN = MAX_NAME + CloudAbiSyscalls.PREFIX.length();

  /** The lengths a name can have, bare or prefixed: other tokens need no string made. */
  private static final boolean[] NAME_LENGTHS = new boolean[MAX_TOKEN + 1];

  /** {@code [a-z0-9_]}, the bytes of a name. */
  private static final boolean[] NAME_CHAR = new boolean[256];

  static {
    for (int c = 0; c < 256; c++) {
      NAME_CHAR[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
    for (String name : CloudAbiSyscalls.ALL) {
      NAME_LENGTHS[name.length()] = true;
      NAME_LENGTHS[CloudAbiSyscalls.PREFIX.length() + name.length()] = true;
    }
  }

  /**
   * The non-empty token that the NUL at {@code end} terminates: a known name joins the run (which
   * it continues only if the previous name ended just before it), a prefixed name is collected.
   */
  private static void token(MemorySegment b, long end, Runs runs, Set<String> prefixed) {
    long start = end;
    while (start > 0 && end - start <= MAX_TOKEN) {
      byte c = b.get(ValueLayout.JAVA_BYTE, start - 1);
      if (c == 0) {
        break;
      }
      if (!NAME_CHAR[c & 0xFF]) {
        return; // not a name: the run is ended by the gap its start check will see
      }
      start--;
    }
    if (end - start > MAX_TOKEN || !NAME_LENGTHS[(int) (end - start)]) {
      return;
    }
    byte[] bytes = new byte[(int) (end - start)];
    MemorySegment.copy(b, ValueLayout.JAVA_BYTE, start, bytes, 0, bytes.length);
    String token = new String(bytes, StandardCharsets.US_ASCII);
    if (CloudAbiSyscalls.ALL.contains(token)) {
      runs.add(token, start, end);
    } else if (token.startsWith(CloudAbiSyscalls.PREFIX)
        && CloudAbiSyscalls.ALL.contains(token.substring(CloudAbiSyscalls.PREFIX.length()))) {
      prefixed.add(token);
    }
  }

  /** The current run of consecutive known names and the longest one so far. */
  private static final class Runs {
    private final List<String> run = new ArrayList<>();
    private long runStart = -1;
    private long runEnd = -2;
    List<String> best = List.of();
    long bestStart = -1;

    /** A name at {@code [start, end)}; it continues the run only if nothing came between. */
    void add(String name, long start, long end) {
      if (start != runEnd + 1) {
        end();
      }
      if (run.isEmpty()) {
        runStart = start;
      }
      run.add(name);
      runEnd = end;
    }

    void end() {
      if (run.size() > best.size()) {
        best = List.copyOf(run);
        bestStart = runStart;
      }
      run.clear();
    }
  }
}
