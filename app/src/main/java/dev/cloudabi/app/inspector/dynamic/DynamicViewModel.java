package dev.cloudabi.app.inspector.dynamic;

import dev.cloudabi.app.binary.ByteRange;
import dev.cloudabi.app.binary.Hex;
import dev.cloudabi.app.inspector.InspectorContext;
import dev.cloudabi.elf.DynamicEntry;
import dev.cloudabi.elf.DynamicSection;
import java.util.List;

/** The dynamic array of a binary and what selecting an entry highlights. */
public final class DynamicViewModel {
  private final InspectorContext context;

  public DynamicViewModel(InspectorContext context) {
    this.context = context;
  }

  public List<DynamicEntry> entries() {
    return context.document().elf().dynamic().map(DynamicSection::entries).orElse(List.of());
  }

  /** The value as text: the string it names, or hex. */
  public static String value(DynamicEntry e) {
    return e.string().map(s -> s + " (" + Hex.of(e.d_val()) + ")").orElse(Hex.of(e.d_val()));
  }

  public ByteRange range(DynamicEntry e) {
    return new ByteRange(e.fileOffset(), e.size(), "dynamic[" + e.index() + "] " + e.tagName())
        .clampTo(context.document().elf().fileSize());
  }

  public void select(DynamicEntry e) {
    if (e != null) {
      context.state().highlight().set(range(e));
    }
  }

  public void open(DynamicEntry e) {
    context.showBytes(range(e));
  }
}
