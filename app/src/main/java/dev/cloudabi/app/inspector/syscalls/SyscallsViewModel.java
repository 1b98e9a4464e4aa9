package dev.cloudabi.app.inspector.syscalls;

import dev.cloudabi.app.binary.ByteRange;
import dev.cloudabi.app.binary.SymbolRow;
import dev.cloudabi.app.inspector.InspectorContext;
import dev.cloudabi.app.inspector.InspectorEvent;
import dev.cloudabi.app.services.EmulatorSyscalls;
import dev.cloudabi.elf.analysis.CarriedNames;
import dev.cloudabi.elf.analysis.CloudAbiSyscalls;
import dev.cloudabi.elf.analysis.SyscallCompatibility;
import dev.cloudabi.elf.analysis.SyscallImports;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;

/**
 * The system calls a binary imports: the names it carries, whether its code reaches the wrapper,
 * whether the emulator provides it, and (after a run) whether it was called.
 */
public final class SyscallsViewModel {
  public static final String NOT_RUN = "not run yet";

  private final InspectorContext context;
  private final List<SyscallRow> rows;
  private final String summary;
  private final String compatibility;

  public SyscallsViewModel(InspectorContext context) {
    this.context = context;
    SyscallImports imports = context.document().syscalls();
    EmulatorSyscalls emulator = context.services().emulatorSyscalls();
    Map<String, ByteRange> nameBytes = nameBytes(imports.carried());
    Set<String> names = new LinkedHashSet<>(imports.carried().names());
    names.addAll(imports.wrappers().stream().map(CloudAbiSyscalls::strip).toList());
    Set<String> wrappers = new LinkedHashSet<>();
    imports.wrappers().forEach(w -> wrappers.add(CloudAbiSyscalls.strip(w)));
    Optional<Set<String>> reached =
        imports.reached().map(r -> Set.copyOf(r.stream().map(CloudAbiSyscalls::strip).toList()));
    List<SyscallRow> out = new ArrayList<>();
    for (String name : names) {
      out.add(
          new SyscallRow(
              name,
              imports.carried().names().contains(name),
              wrappers.contains(name),
              reached.map(r -> r.contains(name) ? "yes" : "no").orElse("not analysed"),
              emulator.provides(name),
              Optional.ofNullable(nameBytes.get(name)),
              new ReadOnlyStringWrapper(NOT_RUN)));
    }
    this.rows = List.copyOf(out);
    this.summary = imports.summary();
    this.compatibility = describe(imports.compatibility(emulator.implemented()));
    ObservableMap<String, Long> calls = context.state().syscallCalls();
    calls.addListener((MapChangeListener<String, Long>) c -> applyCalls(calls));
    applyCalls(calls);
  }

  public List<SyscallRow> rows() {
    return rows;
  }

  /** The analysis in one line: what the binary carries and how much its code reaches. */
  public String summary() {
    return summary;
  }

  /** Whether the emulator has a handler for every call the code needs. */
  public String compatibility() {
    return compatibility;
  }

  static String describe(SyscallCompatibility c) {
    String required =
        c.missingRequired().isEmpty()
            ? "the emulator handles all " + c.required().size() + " system calls the code needs"
            : "the emulator lacks "
                + c.missingRequired().size()
                + " needed: "
                + String.join(", ", c.missingRequired());
    String other =
        c.missingUnreached().isEmpty()
            ? ""
            : "; "
                + c.missingUnreached().size()
                + " carried but unreached ones would return ENOSYS";
    return "Emulator: " + required + other + ".";
  }

  public void select(SyscallRow row) {
    if (row != null) {
      row.nameBytes().ifPresent(b -> context.state().highlight().set(b));
    }
  }

  /** Shows the wrapper's code when there is one, else the carried name's bytes. */
  public void open(SyscallRow row) {
    if (row == null) {
      return;
    }
    Optional<SymbolRow> wrapper = wrapper(row);
    if (wrapper.isPresent()) {
      context
          .events()
          .publish(
              new InspectorEvent.ShowDisassembly(
                  wrapper.get().symbol().st_value(),
                  Math.max(wrapper.get().symbol().st_size(), 16),
                  wrapper.get().name()));
    } else {
      row.nameBytes().ifPresent(context::showBytes);
    }
  }

  private Optional<SymbolRow> wrapper(SyscallRow row) {
    String symbol = CloudAbiSyscalls.PREFIX + row.name();
    return context.document().symbols().stream()
        .filter(s -> s.name().equals(symbol) && s.isFunction() && s.body().isPresent())
        .findFirst();
  }

  private void applyCalls(ObservableMap<String, Long> calls) {
    for (SyscallRow row : rows) {
      Long count = calls.get(row.name());
      row.calledWrapper()
          .set(
              calls.isEmpty()
                  ? NOT_RUN
                  : count == null || count == 0 ? "not called" : count + " calls");
    }
  }

  private static Map<String, ByteRange> nameBytes(CarriedNames carried) {
    Map<String, ByteRange> out = new HashMap<>();
    carried
        .table()
        .ifPresent(
            table -> {
              long offset = table.fileOffset();
              for (String name : table.names()) {
                int length = name.getBytes(StandardCharsets.US_ASCII).length;
                out.putIfAbsent(name, new ByteRange(offset, length, "syscall name " + name));
                offset += length + 1;
              }
            });
    return out;
  }
}
