package dev.cloudabi.app.inspector.layout;

import dev.cloudabi.app.binary.ByteRange;
import dev.cloudabi.app.binary.Hex;
import dev.cloudabi.app.inspector.InspectorContext;
import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.constants.ProgramTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The file and the address space as bars, with the segments and sections drawn to scale: four lanes
 * (file/segments, file/sections, memory/segments, memory/sections).
 */
public final class LayoutViewModel {
  private final InspectorContext context;
  private final List<Lane> lanes;
  private final ObjectProperty<Block> selected = new SimpleObjectProperty<>();

  public LayoutViewModel(InspectorContext context) {
    this.context = context;
    this.lanes = lanes(context.document().elf());
    // Whatever another panel highlights (a section, a segment) is selected here too.
    context
        .state()
        .highlight()
        .addListener(
            (o, a, range) -> {
              if (selected.get() == null || !matches(selected.get(), range)) {
                blockOf(range).ifPresent(selected::set);
              }
            });
  }

  /** The first block that stands for exactly these bytes. */
  public Optional<Block> blockOf(ByteRange range) {
    if (range == null) {
      return Optional.empty();
    }
    return lanes.stream()
        .flatMap(l -> l.blocks().stream())
        .filter(b -> matches(b, range))
        .findFirst();
  }

  private static boolean matches(Block block, ByteRange range) {
    return range != null
        && block
            .bytes()
            .map(x -> x.offset() == range.offset() && x.length() == range.length())
            .orElse(false);
  }

  public List<Lane> lanes() {
    return lanes;
  }

  public ObjectProperty<Block> selected() {
    return selected;
  }

  /** Clicking a block selects it and highlights its bytes. */
  public void select(Block block) {
    selected.set(block);
    block.bytes().ifPresent(b -> context.state().highlight().set(b));
  }

  /** Double click: bring the hex view to the block's bytes. */
  public void open(Block block) {
    select(block);
    block.bytes().ifPresent(context::showBytes);
  }

  static List<Lane> lanes(ElfFile elf) {
    long fileSize = Math.max(elf.fileSize(), 1);
    List<Block> fileSegments = new ArrayList<>();
    List<Block> fileOther = new ArrayList<>();
    List<Block> memOther = new ArrayList<>();
    List<Block> fileSections = new ArrayList<>();
    List<Block> memSegments = new ArrayList<>();
    List<Block> memSections = new ArrayList<>();
    long memStart = Long.MAX_VALUE;
    long memEnd = 0;
    for (ProgramHeader p : elf.programHeaders()) {
      if (p.p_type() == ProgramTypes.PT_LOAD && p.p_memsz() > 0) {
        memStart = Math.min(memStart, p.p_vaddr());
        memEnd = Math.max(memEnd, p.p_vaddr() + p.p_memsz());
      }
    }
    if (memStart == Long.MAX_VALUE) {
      memStart = 0;
    }
    long memSpan = Math.max(memEnd - memStart, 1);
    for (ProgramHeader p : elf.programHeaders()) {
      String label = "[" + p.index() + "] " + ProgramTypes.GENERIC.name(p.p_type());
      String detail =
          label
              + "\nfile "
              + Hex.of(p.p_offset())
              + " + "
              + Hex.of(p.p_filesz())
              + "\nmemory "
              + Hex.of(p.p_vaddr())
              + " + "
              + Hex.of(p.p_memsz())
              + "\nflags "
              + (p.isReadable() ? "R" : "-")
              + (p.isWritable() ? "W" : "-")
              + (p.isExecutable() ? "X" : "-");
      Optional<ByteRange> bytes =
          p.p_filesz() > 0 && p.p_offset() < elf.fileSize()
              ? Optional.of(
                  new ByteRange(p.p_offset(), p.p_filesz(), "segment " + label)
                      .clampTo(elf.fileSize()))
              : Optional.empty();
      boolean load = p.p_type() == ProgramTypes.PT_LOAD;
      if (p.p_filesz() > 0) {
        (load ? fileSegments : fileOther)
            .add(block(label, detail, p.p_offset(), p.p_filesz(), 0, fileSize, true, bytes));
      }
      if (p.p_memsz() > 0 && inside(p.p_vaddr(), memStart, memEnd)) {
        (load ? memSegments : memOther)
            .add(block(label, detail, p.p_vaddr(), p.p_memsz(), memStart, memSpan, true, bytes));
      }
    }
    for (SectionHeader s : elf.sections()) {
      if (s.index() == 0 || s.sh_size() == 0) {
        continue;
      }
      String label = s.name().isEmpty() ? "#" + s.index() : s.name();
      String detail =
          label
              + "\nfile "
              + Hex.of(s.sh_offset())
              + " + "
              + Hex.of(s.sh_size())
              + (s.isAllocated() ? "\nmemory " + Hex.of(s.sh_addr()) : "");
      Optional<ByteRange> bytes =
          s.hasFileData() && s.sh_offset() < elf.fileSize()
              ? Optional.of(
                  new ByteRange(s.sh_offset(), s.sh_size(), "section " + label)
                      .clampTo(elf.fileSize()))
              : Optional.empty();
      if (s.hasFileData()) {
        fileSections.add(
            block(label, detail, s.sh_offset(), s.sh_size(), 0, fileSize, false, bytes));
      }
      if (s.isAllocated() && inside(s.sh_addr(), memStart, memEnd)) {
        memSections.add(
            block(label, detail, s.sh_addr(), s.sh_size(), memStart, memSpan, false, bytes));
      }
    }
    long memLimit = memStart + memSpan;
    return List.of(
        new Lane("File: PT_LOAD segments", 0, fileSize, fileSegments),
        new Lane("File: other segments", 0, fileSize, fileOther),
        new Lane("File: sections", 0, fileSize, fileSections),
        new Lane("Memory: PT_LOAD segments", memStart, memLimit, memSegments),
        new Lane("Memory: other segments", memStart, memLimit, memOther),
        new Lane("Memory: sections", memStart, memLimit, memSections));
  }

  private static boolean inside(long address, long start, long end) {
    return Long.compareUnsigned(address, start) >= 0 && Long.compareUnsigned(address, end) < 0;
  }

  private static Block block(
      String label,
      String detail,
      long start,
      long size,
      long spanStart,
      long span,
      boolean segment,
      Optional<ByteRange> bytes) {
    double from = Math.clamp((double) (start - spanStart) / span, 0.0, 1.0);
    double width = Math.clamp((double) size / span, 0.0, 1.0 - from);
    return new Block(label, detail, from, width, segment, bytes);
  }
}
