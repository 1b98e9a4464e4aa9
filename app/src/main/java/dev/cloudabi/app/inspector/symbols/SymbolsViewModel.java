package dev.cloudabi.app.inspector.symbols;

import dev.cloudabi.app.binary.SymbolRow;
import dev.cloudabi.app.inspector.InspectorContext;
import dev.cloudabi.app.inspector.InspectorEvent;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;

/**
 * Every symbol of both symbol tables, filtered as the user types (name, type, binding, section),
 * and the jumps from a symbol to its bytes or its disassembly.
 */
public final class SymbolsViewModel {
  public static final String ANY = "any";

  private final InspectorContext context;
  private final FilteredList<SymbolRow> rows;
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty type = new SimpleStringProperty(ANY);
  private final StringProperty binding = new SimpleStringProperty(ANY);
  private final StringProperty section = new SimpleStringProperty(ANY);
  private final List<String> types;
  private final List<String> bindings;
  private final List<String> sections;
  private final StringBinding summary;

  public SymbolsViewModel(InspectorContext context) {
    this.context = context;
    List<SymbolRow> all = context.document().symbols();
    this.rows = new FilteredList<>(FXCollections.observableList(all));
    this.types = choices(all, r -> r.symbol().typeName());
    this.bindings = choices(all, r -> r.symbol().bindName());
    this.sections = choices(all, SymbolRow::section);
    name.addListener((o, a, b) -> refilter());
    type.addListener((o, a, b) -> refilter());
    binding.addListener((o, a, b) -> refilter());
    section.addListener((o, a, b) -> refilter());
    this.summary =
        Bindings.createStringBinding(
            () -> String.format("%,d of %,d symbols", rows.size(), all.size()), rows);
  }

  public FilteredList<SymbolRow> rows() {
    return rows;
  }

  public StringProperty nameFilter() {
    return name;
  }

  public StringProperty typeFilter() {
    return type;
  }

  public StringProperty bindingFilter() {
    return binding;
  }

  public StringProperty sectionFilter() {
    return section;
  }

  /** {@link #ANY} followed by every value present. */
  public List<String> types() {
    return types;
  }

  public List<String> bindings() {
    return bindings;
  }

  public List<String> sections() {
    return sections;
  }

  public StringBinding summary() {
    return summary;
  }

  /** Selecting a symbol highlights its bytes (or its table entry when it has none). */
  public void select(SymbolRow row) {
    if (row != null) {
      context.state().highlight().set(row.body().orElse(row.entry()));
    }
  }

  public void showBytes(SymbolRow row) {
    context.showBytes(row.body().orElse(row.entry()));
  }

  public void showEntry(SymbolRow row) {
    context.showBytes(row.entry());
  }

  /** Whether the symbol is code that has bytes in the file. */
  public boolean canDisassemble(SymbolRow row) {
    return row != null && row.isFunction() && row.body().isPresent();
  }

  public void disassemble(SymbolRow row) {
    if (!canDisassemble(row)) {
      return;
    }
    // On ARM, bit 0 of the value selects Thumb; the disassembly keeps it to pick the encoding.
    long address = row.symbol().st_value();
    long size = row.symbol().st_size() > 0 ? row.symbol().st_size() : 64;
    context.events().publish(new InspectorEvent.ShowDisassembly(address, size, row.displayName()));
  }

  /** Double click: code goes to the disassembly, everything else to its bytes. */
  public void open(SymbolRow row) {
    if (canDisassemble(row)) {
      disassemble(row);
    } else if (row != null) {
      showBytes(row);
    }
  }

  private void refilter() {
    String needle = name.get() == null ? "" : name.get().trim().toLowerCase(Locale.ROOT);
    String t = type.get();
    String b = binding.get();
    String s = section.get();
    Predicate<SymbolRow> p = r -> true;
    if (!needle.isEmpty()) {
      p =
          p.and(
              r ->
                  containsIgnoreCase(r.displayName(), needle)
                      || containsIgnoreCase(r.name(), needle));
    }
    if (t != null && !t.equals(ANY)) {
      p = p.and(r -> r.symbol().typeName().equals(t));
    }
    if (b != null && !b.equals(ANY)) {
      p = p.and(r -> r.symbol().bindName().equals(b));
    }
    if (s != null && !s.equals(ANY)) {
      p = p.and(r -> r.section().equals(s));
    }
    rows.setPredicate(
        needle.isEmpty() && ANY.equals(t) && ANY.equals(b) && ANY.equals(s) ? null : p);
  }

  /** {@code needle} must be lower case. */
  static boolean containsIgnoreCase(String haystack, String needle) {
    int max = haystack.length() - needle.length();
    for (int i = 0; i <= max; i++) {
      if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }

  private static List<String> choices(
      List<SymbolRow> all, java.util.function.Function<SymbolRow, String> f) {
    TreeSet<String> values = new TreeSet<>();
    for (SymbolRow r : all) {
      values.add(f.apply(r));
    }
    List<String> out = new java.util.ArrayList<>();
    out.add(ANY);
    out.addAll(values);
    return List.copyOf(out);
  }
}
