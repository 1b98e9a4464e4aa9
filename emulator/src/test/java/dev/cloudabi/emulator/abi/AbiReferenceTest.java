package dev.cloudabi.emulator.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our constants and the syscall signature table agree with the reference {@code cloudabi.txt}. */
class AbiReferenceTest {
  private static CloudabiTxt txt;

  @BeforeAll
  static void load() throws IOException {
    txt = CloudabiTxt.find().orElse(null);
  }

  private static CloudabiTxt txt() {
    Assumptions.assumeTrue(txt != null, "../shared/reference/cloudabi.txt is not present");
    return txt;
  }

  @Test
  void errnoValuesAndNamesMatch() {
    Map<Long, String> reference = txt().values("enum uint16 errno");
    assertThat(reference).hasSize(Errno.values().length);
    reference.forEach(
        (value, name) ->
            assertThat(Errno.of(value.intValue()).orElseThrow().name())
                .isEqualTo("E" + name.toUpperCase(Locale.ROOT)));
  }

  @Test
  void signalValuesAndNamesMatch() {
    Map<Long, String> reference = txt().values("enum uint8 signal");
    assertThat(reference).hasSize(Signal.values().length);
    reference.forEach(
        (value, name) ->
            assertThat(Signal.of(value.intValue()).orElseThrow().name())
                .isEqualTo("SIG" + name.toUpperCase(Locale.ROOT)));
  }

  @Test
  void finalRightsMatchAndRemovedOnesAreAbsent() {
    Map<Long, String> reference = txt().values("flags uint64 rights");
    reference.forEach(
        (bit, name) ->
            assertThat(Right.valueOf(name.toUpperCase(Locale.ROOT)).bit()).isEqualTo(bit));
    for (Right right : Right.values()) {
      assertThat(reference.containsKey(right.bit())).as(right.name()).isEqualTo(!right.removed());
    }
  }

  @Test
  void fileTypesMatch() {
    txt()
        .values("enum uint8 filetype")
        .forEach(
            (value, name) ->
                assertThat(FileType.valueOf(name.toUpperCase(Locale.ROOT)).value())
                    .isEqualTo(value.intValue()));
  }

  @Test
  void everyFinalSyscallHasTheReferenceParameters() {
    Map<String, List<CloudabiTxt.Parameter>> reference = txt().syscalls();
    List<String> finals =
        Syscalls.all().stream()
            .filter(s -> !s.removedIn2017())
            .map(SyscallSignature::name)
            .toList();
    assertThat(finals).containsExactlyElementsOf(reference.keySet());
    for (var entry : reference.entrySet()) {
      List<String> expected = new ArrayList<>();
      for (CloudabiTxt.Parameter p : entry.getValue()) {
        expected.addAll(expand(p));
      }
      List<String> actual =
          Syscalls.get(entry.getKey()).params().stream()
              .map(p -> p.kind() + " " + p.name())
              .toList();
      assertThat(actual).as(entry.getKey()).isEqualTo(expected);
    }
  }

  @Test
  void thereAre49FinalAnd8RemovedSyscalls() {
    assertThat(Syscalls.all().stream().filter(s -> !s.removedIn2017())).hasSize(49);
    assertThat(Syscalls.all().stream().filter(SyscallSignature::removedIn2017))
        .extracting(SyscallSignature::name)
        .containsExactly(
            "mem_lock",
            "mem_unlock",
            "poll_fd",
            "sock_accept",
            "sock_bind",
            "sock_connect",
            "sock_listen",
            "sock_stat_get");
  }

  /** The C-level parameters a declaration becomes ("KIND name"). */
  private static List<String> expand(CloudabiTxt.Parameter p) {
    String head = p.type().getFirst();
    if (head.equals("range") || head.equals("crange")) {
      return List.of("PTR " + p.name(), "SIZE " + p.name() + "_len");
    }
    if (head.equals("ptr") || head.equals("cptr")) {
      return List.of((p.out() ? "OUT_PTR " : "PTR ") + p.name());
    }
    if (head.equals("size")) {
      return List.of((p.out() ? "OUT_SIZE " : "SIZE ") + p.name());
    }
    if (head.equals("lookup")) {
      return List.of("LOOKUP " + p.name());
    }
    int width = txt.width(head).orElseThrow(() -> new AssertionError("unknown type " + p.type()));
    if (p.out()) {
      return List.of((width == 8 ? "OUT_U64 " : "OUT_U32 ") + p.name());
    }
    return List.of("U" + (width * 8) + " " + p.name());
  }
}
