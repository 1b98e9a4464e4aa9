package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.NoteTypes;
import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.SectionTypes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Decodes the notes of every {@code SHT_NOTE} section, or of every {@code PT_NOTE} segment. */
final class NoteDecoder {
  private static final int HEADER = 12;
  private static final int MAX_DESC = 1 << 20;

  private NoteDecoder() {}

  static List<ElfNote> decode(
      ElfInput in,
      List<SectionHeader> sections,
      List<ProgramHeader> segments,
      ElfParseLimits limits,
      Diagnostics diagnostics) {
    List<ElfNote> out = new ArrayList<>();
    // Several headers may describe the same bytes: copy at most twice the file (plus 1 MiB).
    long[] budget = {2 * in.size() + (1 << 20)};
    boolean fromSections = false;
    for (SectionHeader s : sections) {
      if (s.sh_type() == SectionTypes.SHT_NOTE) {
        fromSections = true;
        String container = s.name().isEmpty() ? "section[" + s.index() + "]" : s.name();
        if (!walk(
            in,
            container,
            s.sh_offset(),
            s.sh_size(),
            s.sh_addralign(),
            limits,
            diagnostics,
            out,
            budget)) {
          break;
        }
      }
    }
    if (!fromSections) {
      for (ProgramHeader p : segments) {
        if (p.p_type() == ProgramTypes.PT_NOTE) {
          if (!walk(
              in,
              "PT_NOTE[" + p.index() + "]",
              p.p_offset(),
              p.p_filesz(),
              p.p_align(),
              limits,
              diagnostics,
              out,
              budget)) {
            break;
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** Decodes the notes of one container; false when a total limit stops all decoding. */
  private static boolean walk(
      ElfInput in,
      String container,
      long offset,
      long size,
      long align,
      ElfParseLimits limits,
      Diagnostics diagnostics,
      List<ElfNote> out,
      long[] budget) {
    if (!in.contains(offset, size)) {
      diagnostics.add(offset, container, "notes lie outside the file");
      return true;
    }
    int alignment = align == 8 ? 8 : 4;
    long end = offset + size;
    long at = offset;
    while (at + HEADER <= end) {
      if (out.size() >= limits.maxNotes()) {
        diagnostics.add(
            at, container, "more than " + limits.maxNotes() + " notes; the rest are skipped");
        return false;
      }
      long namesz = in.u32(at);
      long descsz = in.u32(at + 4);
      long type = in.u32(at + 8);
      long nameAt = at + HEADER;
      // The descriptor starts at the note's alignment (4, or 8 for GNU property notes).
      long descAt = at + roundUp(HEADER + namesz, alignment);
      long next = at + roundUp(descAt - at + descsz, alignment);
      if (descAt + descsz > end || descAt > end || descsz > MAX_DESC || namesz > MAX_DESC) {
        diagnostics.add(
            at,
            container + " n_descsz",
            "note (namesz " + namesz + ", descsz " + descsz + ") runs past its container");
        return true;
      }
      budget[0] -= namesz + descsz;
      if (budget[0] < 0) {
        diagnostics.add(at, container, "notes repeat more bytes than the file has; rest skipped");
        return false;
      }
      String name = namesz == 0 ? "" : cutNul(in.copy(nameAt, (int) namesz));
      byte[] desc = in.copy(descAt, (int) descsz);
      out.add(
          new ElfNote(
              container,
              namesz,
              descsz,
              type,
              name,
              desc,
              interpret(name, type, desc, in),
              at,
              Math.min(next, end) - at));
      at = next;
    }
    return true;
  }

  private static NoteContent interpret(String name, long type, byte[] desc, ElfInput in) {
    if (!name.equals("GNU")) {
      return new NoteContent.Raw();
    }
    if (type == NoteTypes.NT_GNU_BUILD_ID) {
      return new NoteContent.BuildId(HexFormat.of().formatHex(desc));
    }
    if (type == NoteTypes.NT_GNU_ABI_TAG && desc.length >= 16) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(desc).order(in.order());
      return new NoteContent.AbiTag(
          NoteTypes.ABI_TAG_OS.name(Integer.toUnsignedLong(b.getInt(0))),
          Integer.toUnsignedLong(b.getInt(4)),
          Integer.toUnsignedLong(b.getInt(8)),
          Integer.toUnsignedLong(b.getInt(12)));
    }
    return new NoteContent.Raw();
  }

  private static String cutNul(byte[] bytes) {
    int n = bytes.length;
    while (n > 0 && bytes[n - 1] == 0) {
      n--;
    }
    return new String(bytes, 0, n, StandardCharsets.UTF_8);
  }

  private static long roundUp(long value, int alignment) {
    return (value + alignment - 1) & -alignment;
  }
}
