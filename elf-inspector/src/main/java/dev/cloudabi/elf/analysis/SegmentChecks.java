package dev.cloudabi.elf.analysis;

import static dev.cloudabi.elf.analysis.Findings.hex;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.constants.Machines;
import dev.cloudabi.elf.constants.ProgramTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Loadable segments, entry point and TLS template (CLOUDABI-ABI.md §2.2–2.3). */
final class SegmentChecks {
  /** Larger segments are refused: no real CloudABI program comes close. */
  static final long MAX_SEGMENT_BYTES = 1L << 30;

  private SegmentChecks() {}

  record Span(long start, long end) {}

  static Span loads(ElfFile elf, long pageSize, Findings out) {
    List<ProgramHeader> loads = elf.segmentsOfType(ProgramTypes.PT_LOAD);
    if (loads.isEmpty()) {
      out.error(
          "no-load-segments",
          "there is no PT_LOAD segment to map",
          "e_phnum",
          elf.header().is64() ? 0x38 : 0x2c);
      return new Span(0, 0);
    }
    long addressLimit = elf.header().is64() ? Long.MAX_VALUE : 1L << 32;
    long start = Long.MAX_VALUE;
    long end = 0;
    List<ProgramHeader> sane = new ArrayList<>();
    for (ProgramHeader p : loads) {
      String at = "PT_LOAD[" + p.index() + "]";
      boolean ok = true;
      if (Long.compareUnsigned(p.p_filesz(), p.p_memsz()) > 0) {
        out.error(
            "filesz-exceeds-memsz",
            at + " p_filesz " + hex(p.p_filesz()) + " is larger than p_memsz " + hex(p.p_memsz()),
            at + " p_filesz",
            p.fileOffset());
        ok = false;
      }
      if (Long.compareUnsigned(p.p_memsz(), MAX_SEGMENT_BYTES) > 0) {
        out.error(
            "huge-segment",
            at
                + " p_memsz "
                + hex(p.p_memsz())
                + " exceeds the "
                + (MAX_SEGMENT_BYTES >> 20)
                + " MiB limit",
            at + " p_memsz",
            p.fileOffset());
        ok = false;
      } else if (p.p_vaddr() < 0 || p.p_vaddr() + p.p_memsz() > addressLimit) {
        out.error(
            "outside-address-space",
            at
                + " ["
                + hex(p.p_vaddr())
                + ", +"
                + hex(p.p_memsz())
                + ") does not fit the address space",
            at + " p_vaddr",
            p.fileOffset());
        ok = false;
      }
      if (p.p_offset() < 0
          || p.p_filesz() < 0
          || p.p_offset() + p.p_filesz() > elf.fileSize()
          || p.p_offset() + p.p_filesz() < 0) {
        out.error(
            "segment-past-eof",
            at
                + " file image ["
                + hex(p.p_offset())
                + ", +"
                + hex(p.p_filesz())
                + ") runs past the end of the file ("
                + elf.fileSize()
                + " bytes)",
            at + " p_offset",
            p.fileOffset());
        ok = false;
      }
      alignment(p, at, pageSize, out);
      if (p.isWritable() && p.isExecutable()) {
        out.warning(
            "writable-and-executable",
            at + " is both writable and executable",
            at + " p_flags",
            p.fileOffset());
      }
      if (ok) {
        sane.add(p);
        start = Math.min(start, p.p_vaddr());
        end = Math.max(end, p.p_vaddr() + p.p_memsz());
      }
    }
    overlaps(sane, out);
    return start == Long.MAX_VALUE ? new Span(0, 0) : new Span(start, end);
  }

  private static void alignment(ProgramHeader p, String at, long pageSize, Findings out) {
    long align = p.p_align();
    if (align > 1 && Long.bitCount(align) != 1) {
      out.error(
          "bad-alignment",
          at + " p_align " + hex(align) + " is not a power of two",
          at + " p_align",
          p.fileOffset());
      return;
    }
    if (align > 1
        && Long.remainderUnsigned(p.p_vaddr(), align)
            != Long.remainderUnsigned(p.p_offset(), align)) {
      out.error(
          "incongruent-segment",
          at
              + " p_vaddr "
              + hex(p.p_vaddr())
              + " and p_offset "
              + hex(p.p_offset())
              + " differ modulo p_align "
              + hex(align),
          at + " p_vaddr",
          p.fileOffset());
    }
    if (Long.remainderUnsigned(p.p_vaddr(), pageSize) != 0) {
      out.info(
          "unaligned-segment",
          at
              + " starts mid-page at "
              + hex(p.p_vaddr())
              + "; the loader maps the enclosing pages (cloudabi-utils' emulator would refuse it)",
          at + " p_vaddr",
          p.fileOffset());
    }
  }

  /** Sorted by address, a segment overlaps when it starts below the furthest end so far. */
  private static void overlaps(List<ProgramHeader> loads, Findings out) {
    List<ProgramHeader> sorted = new ArrayList<>(loads);
    sorted.removeIf(p -> p.p_memsz() == 0);
    sorted.sort(Comparator.comparingLong(ProgramHeader::p_vaddr));
    ProgramHeader furthest = null;
    for (ProgramHeader p : sorted) {
      if (furthest != null && p.p_vaddr() < end(furthest)) {
        out.error(
            "overlapping-segments",
            "PT_LOAD[" + furthest.index() + "] and PT_LOAD[" + p.index() + "] overlap in memory",
            "PT_LOAD[" + p.index() + "] p_vaddr",
            p.fileOffset());
      }
      if (furthest == null || end(p) > end(furthest)) {
        furthest = p;
      }
    }
  }

  private static long end(ProgramHeader p) {
    return p.p_vaddr() + p.p_memsz();
  }

  static void entry(ElfFile elf, Findings out) {
    long entry = elf.header().e_entry();
    // On ARM bit 0 of an address selects Thumb state; the instruction itself is at entry & ~1.
    long address = elf.header().e_machine() == Machines.EM_ARM ? entry & ~1L : entry;
    long field = 24;
    for (ProgramHeader p : elf.segmentsOfType(ProgramTypes.PT_LOAD)) {
      if (p.containsAddress(address)) {
        if (!p.isExecutable()) {
          out.error(
              "entry-not-executable",
              "e_entry "
                  + hex(entry)
                  + " lies in PT_LOAD["
                  + p.index()
                  + "], which is not executable",
              "e_entry",
              field);
        } else if (Long.compareUnsigned(address - p.p_vaddr(), p.p_filesz()) >= 0) {
          out.error(
              "entry-in-bss",
              "e_entry "
                  + hex(entry)
                  + " lies in the zero-filled tail of PT_LOAD["
                  + p.index()
                  + "]",
              "e_entry",
              field);
        }
        return;
      }
    }
    out.error(
        "entry-outside-segments",
        "e_entry " + hex(entry) + " is not inside any PT_LOAD",
        "e_entry",
        field);
  }

  static Optional<TlsTemplate> tls(ElfFile elf, Findings out) {
    List<ProgramHeader> tls = elf.segmentsOfType(ProgramTypes.PT_TLS);
    if (tls.isEmpty()) {
      return Optional.empty();
    }
    if (tls.size() > 1) {
      out.error(
          "several-tls",
          tls.size() + " PT_TLS segments; a program has at most one",
          "PT_TLS",
          tls.get(1).fileOffset());
    }
    ProgramHeader p = tls.get(0);
    String at = "PT_TLS[" + p.index() + "]";
    if (Long.compareUnsigned(p.p_filesz(), p.p_memsz()) > 0) {
      out.error(
          "tls-filesz-exceeds-memsz",
          at + " p_filesz is larger than p_memsz",
          at + " p_filesz",
          p.fileOffset());
    }
    if (p.p_align() > 1 && Long.bitCount(p.p_align()) != 1) {
      out.error(
          "tls-bad-alignment",
          at + " p_align " + hex(p.p_align()) + " is not a power of two",
          at + " p_align",
          p.fileOffset());
    }
    if (Long.compareUnsigned(p.p_memsz(), MAX_SEGMENT_BYTES) > 0) {
      out.error(
          "huge-tls",
          at + " p_memsz " + hex(p.p_memsz()) + " is too large for a thread",
          at + " p_memsz",
          p.fileOffset());
    }
    out.info(
        "tls",
        "TLS template: "
            + p.p_memsz()
            + " bytes ("
            + p.p_filesz()
            + " initialised), alignment "
            + p.p_align(),
        at,
        p.fileOffset());
    return Optional.of(
        new TlsTemplate(p.p_vaddr(), p.p_filesz(), p.p_memsz(), p.p_align(), p.fileOffset()));
  }

  static void stack(ElfFile elf, Findings out) {
    for (ProgramHeader p : elf.segmentsOfType(ProgramTypes.PT_GNU_STACK)) {
      if (p.isExecutable()) {
        out.warning(
            "executable-stack",
            "PT_GNU_STACK asks for an executable stack",
            "PT_GNU_STACK p_flags",
            p.fileOffset());
      }
    }
  }
}
