package dev.cloudabi.app.inspector.notes;

import dev.cloudabi.app.binary.ByteRange;
import dev.cloudabi.app.inspector.InspectorContext;
import dev.cloudabi.elf.ElfNote;
import dev.cloudabi.elf.NoteContent;
import java.util.List;

/** The notes of a binary and what selecting one highlights. */
public final class NotesViewModel {
  private final InspectorContext context;

  public NotesViewModel(InspectorContext context) {
    this.context = context;
  }

  public List<ElfNote> notes() {
    return context.document().elf().notes();
  }

  /** The decoded meaning of a note, or its descriptor bytes in hex. */
  public static String meaning(ElfNote note) {
    return switch (note.content()) {
      case NoteContent.BuildId id -> "build ID " + id.hex();
      case NoteContent.AbiTag tag ->
          tag.os() + " " + tag.major() + "." + tag.minor() + "." + tag.patch();
      case NoteContent.Raw raw -> note.descHex();
    };
  }

  public ByteRange range(ElfNote note) {
    return new ByteRange(
            note.fileOffset(), note.size(), "note " + note.name() + " " + note.typeName())
        .clampTo(context.document().elf().fileSize());
  }

  public void select(ElfNote note) {
    if (note != null) {
      context.state().highlight().set(range(note));
    }
  }

  public void open(ElfNote note) {
    context.showBytes(range(note));
  }
}
