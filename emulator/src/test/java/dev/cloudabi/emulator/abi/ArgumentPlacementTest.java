package dev.cloudabi.emulator.abi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.cpu.Arch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Where each parameter of each of the 57 signatures lives: the 32-bit placements equal the
 * reference table of ABI §5.5 (incl. armv6 register holes and 8-aligned stack slots, i686 8-byte
 * slots without padding); the 64-bit ones follow the k-th register rule.
 */
class ArgumentPlacementTest {
  private static ArgumentTable table() throws IOException {
    ArgumentTable table = ArgumentTable.find().orElse(null);
    Assumptions.assumeTrue(table != null, "../shared/reference/CLOUDABI-ABI.md is not present");
    assertThat(table.i686()).hasSize(57);
    return table;
  }

  @Test
  void i686PlacementMatchesTheReferenceTable() throws IOException {
    ArgumentTable table = table();
    CallingConvention convention = CallingConvention.of(Arch.I686);
    for (SyscallSignature signature : Syscalls.all()) {
      List<String> rendered = new ArrayList<>();
      for (ArgLocation location : convention.place(signature)) {
        ArgLocation.OnStack slot = (ArgLocation.OnStack) location;
        rendered.add(
            slot.width() == 8
                ? slot.offset() + ".." + (slot.offset() + 7)
                : Integer.toString(slot.offset()));
      }
      assertThat(rendered).as(signature.name()).isEqualTo(table.i686().get(signature.name()));
    }
  }

  @Test
  void armv6PlacementMatchesTheReferenceTable() throws IOException {
    ArgumentTable table = table();
    CallingConvention convention = CallingConvention.of(Arch.ARMV6);
    for (SyscallSignature signature : Syscalls.all()) {
      List<ArgLocation> locations = convention.place(signature);
      List<String> rendered = new ArrayList<>();
      for (int i = 0; i < locations.size(); i++) {
        rendered.add(
            switch (locations.get(i)) {
              case ArgLocation.InRegister r -> "r" + r.index();
              case ArgLocation.InRegisterPair p ->
                  signature.param(i).kind() == ParamKind.LOOKUP
                      ? "r" + p.index() + "/r" + (p.index() + 1)
                      : "r" + p.index() + ":r" + (p.index() + 1);
              case ArgLocation.OnStack s ->
                  s.width() == 8
                      ? "sp+" + s.offset() + ".." + (s.offset() + 7)
                      : "sp+" + s.offset();
            });
      }
      assertThat(rendered).as(signature.name()).isEqualTo(table.armv6().get(signature.name()));
    }
  }

  @Test
  void x86_64UsesSixRegistersThenStackSlotsAboveTheReturnAddress() {
    CallingConvention convention = CallingConvention.of(Arch.X86_64);
    List<ArgLocation> memMap = convention.place(Syscalls.get("mem_map"));
    assertThat(memMap.subList(0, 6))
        .containsExactly(
            new ArgLocation.InRegister(0),
            new ArgLocation.InRegister(1),
            new ArgLocation.InRegister(2),
            new ArgLocation.InRegister(3),
            new ArgLocation.InRegister(4),
            new ArgLocation.InRegister(5));
    assertThat(memMap.get(6)).isEqualTo(new ArgLocation.OnStack(8, 8));
    assertThat(convention.place(Syscalls.get("poll_fd")).get(6))
        .isEqualTo(new ArgLocation.OnStack(8, 8));
  }

  @Test
  void aarch64UsesTheKthRegisterForEveryParameter() {
    CallingConvention convention = CallingConvention.of(Arch.AARCH64);
    for (SyscallSignature signature : Syscalls.all()) {
      List<ArgLocation> locations = convention.place(signature);
      for (int i = 0; i < locations.size(); i++) {
        assertThat(locations.get(i)).isEqualTo(new ArgLocation.InRegister(i));
      }
    }
  }
}
