package dev.cloudabi.app.inspector.relocations;

import dev.cloudabi.app.binary.RelocationRow;
import dev.cloudabi.app.inspector.InspectorContext;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;

/** Every relocation of a binary, searchable by section, type or symbol. */
public final class RelocationsViewModel {
  private final InspectorContext context;
  private final FilteredList<RelocationRow> rows;
  private final StringProperty search = new SimpleStringProperty("");

  public RelocationsViewModel(InspectorContext context) {
    this.context = context;
    this.rows = new FilteredList<>(FXCollections.observableList(context.document().relocations()));
    search.addListener(
        (o, a, text) -> {
          String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
          rows.setPredicate(
              needle.isEmpty()
                  ? null
                  : r ->
                      r.section().toLowerCase(Locale.ROOT).contains(needle)
                          || r.typeName().toLowerCase(Locale.ROOT).contains(needle)
                          || r.relocation().symbolName().toLowerCase(Locale.ROOT).contains(needle));
        });
  }

  public FilteredList<RelocationRow> rows() {
    return rows;
  }

  public StringProperty search() {
    return search;
  }

  public static String addend(RelocationRow r) {
    return r.relocation().r_addend().isPresent()
        ? "0x" + Long.toHexString(r.relocation().r_addend().getAsLong())
        : "";
  }

  public void select(RelocationRow r) {
    if (r != null) {
      context.state().highlight().set(r.entry());
    }
  }

  public void open(RelocationRow r) {
    context.showBytes(r.entry());
  }
}
