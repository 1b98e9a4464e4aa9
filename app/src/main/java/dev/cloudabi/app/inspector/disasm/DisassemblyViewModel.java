package dev.cloudabi.app.inspector.disasm;

import dev.cloudabi.app.binary.Hex;
import dev.cloudabi.app.inspector.InspectorContext;
import dev.cloudabi.app.inspector.InspectorEvent;
import dev.cloudabi.elf.ElfSymbol;
import dev.cloudabi.elf.disasm.Disassembler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The disassembly panel: what to disassemble (a function, the entry point, or an address and a
 * length), the listing, and the jumps from an instruction to its bytes or its branch target. The
 * work runs as a background task.
 */
public final class DisassemblyViewModel {
  /** The quick picks offered first, when the binary has them. */
  public static final List<String> PREFERRED = List.of("program_main", "_start", "main");

  private final InspectorContext context;
  private Disassembly disassembly;
  private final ObservableList<InstructionRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Nothing disassembled yet");
  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty length = new SimpleStringProperty("256");

  public DisassemblyViewModel(InspectorContext context) {
    this.context = context;
    address.set(Hex.of(context.document().elf().header().e_entry()));
    context
        .events()
        .subscribe(
            InspectorEvent.ShowDisassembly.class,
            e -> disassemble(e.address(), e.size(), e.label()));
  }

  /** The symbol index, built on first use (a big library has tens of thousands of functions). */
  private synchronized Disassembly disassembly() {
    if (disassembly == null) {
      disassembly = new Disassembly(context.document());
    }
    return disassembly;
  }

  public ObservableList<InstructionRow> rows() {
    return rows;
  }

  public ReadOnlyStringProperty title() {
    return title.getReadOnlyProperty();
  }

  public StringProperty address() {
    return address;
  }

  public StringProperty length() {
    return length;
  }

  /** Function names to pick from: program_main, _start and main first, then the others by name. */
  public List<String> functions() {
    java.util.Set<String> preferred =
        new java.util.TreeSet<>(java.util.Comparator.comparingInt(PREFERRED::indexOf));
    java.util.Set<String> rest = new java.util.TreeSet<>();
    for (var s : context.document().symbols()) {
      if (s.isFunction() && s.body().isPresent()) {
        (PREFERRED.contains(s.name()) ? preferred : rest).add(s.name());
      }
    }
    List<String> out = new ArrayList<>(preferred);
    rest.stream().limit(5000).forEach(out::add);
    return out;
  }

  /** Disassembles the function with this (raw) symbol name. */
  public void disassembleFunction(String name) {
    context.document().symbols().stream()
        .filter(s -> s.name().equals(name) && s.isFunction() && s.body().isPresent())
        .findFirst()
        .ifPresentOrElse(
            s -> {
              ElfSymbol sym = s.symbol();
              disassemble(sym.st_value(), sym.st_size() > 0 ? sym.st_size() : 256, s.displayName());
            },
            () -> title.set("No function named " + name));
  }

  /** Disassembles from the typed address for the typed length. */
  public void disassembleTyped() {
    OptionalLong start = parse(address.get());
    OptionalLong size = parse(length.get());
    if (start.isEmpty() || size.isEmpty() || size.getAsLong() <= 0) {
      title.set("Type an address and a length, in hex (0x…) or decimal");
      return;
    }
    long a = disassembly().codeAddress(start.getAsLong());
    disassemble(
        a, size.getAsLong(), disassembly().name(a).isEmpty() ? Hex.of(a) : disassembly().name(a));
  }

  public void disassembleEntry() {
    long entry = disassembly().codeAddress(context.document().elf().header().e_entry());
    disassemble(entry, disassembly().functionSize(entry).orElse(256L), "entry point");
  }

  /** Runs the disassembly in the background; the listing replaces the current one. */
  public void disassemble(long start, long size, String label) {
    Optional<Disassembler> disassembler = context.services().disassembler().get();
    if (disassembler.isEmpty()) {
      title.set("No disassembler: " + context.services().disassembler().problem());
      return;
    }
    title.set("Disassembling " + label + "…");
    address.set(Hex.of(start));
    length.set(Hex.of(size));
    context
        .services()
        .tasks()
        .submit(
            "Disassembling " + label,
            progress -> disassembly().disassemble(disassembler.get(), start, size, label),
            listing -> {
              rows.setAll(listing.rows());
              title.set(listing.title());
            },
            error -> {
              rows.clear();
              title.set("Cannot disassemble " + label + ": " + error.getMessage());
            });
  }

  public void select(InstructionRow row) {
    if (row != null) {
      row.bytes().ifPresent(b -> context.state().highlight().set(b));
    }
  }

  /** Follows a direct branch or call to its target; other instructions show their bytes. */
  public void open(InstructionRow row) {
    if (row == null) {
      return;
    }
    if (row.target().isPresent()) {
      long target = disassembly().codeAddress(row.target().getAsLong());
      String name = disassembly().name(target);
      disassemble(
          target,
          disassembly().functionSize(target).orElse(256L),
          name.isEmpty() ? Hex.of(target) : name);
    } else {
      row.bytes().ifPresent(context::showBytes);
    }
  }

  static OptionalLong parse(String text) {
    if (text == null || text.isBlank()) {
      return OptionalLong.empty();
    }
    String t = text.trim();
    try {
      return t.startsWith("0x") || t.startsWith("0X")
          ? OptionalLong.of(Long.parseUnsignedLong(t.substring(2), 16))
          : OptionalLong.of(Long.parseLong(t));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
