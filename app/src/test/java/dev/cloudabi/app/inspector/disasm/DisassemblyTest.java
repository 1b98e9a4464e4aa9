package dev.cloudabi.app.inspector.disasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.cloudabi.app.TestBinaries;
import dev.cloudabi.app.binary.BinaryDocument;
import dev.cloudabi.app.binary.SymbolRow;
import dev.cloudabi.elf.disasm.Disassembler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisassemblyTest {
  private static Disassembler capstone() {
    var d = TestBinaries.DISASSEMBLER.get();
    assumeThat(d).as(TestBinaries.DISASSEMBLER.problem()).isPresent();
    return d.get();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x86_64", "aarch64", "i686", "armv6"})
  void programMainDisassemblesToTheEndOfTheFunctionOnEveryArchitecture(String arch)
      throws Exception {
    BinaryDocument doc = TestBinaries.load(TestBinaries.example("hello", arch));
    SymbolRow main =
        doc.symbols().stream()
            .filter(s -> s.name().equals("program_main"))
            .findFirst()
            .orElseThrow();
    Listing listing =
        new Disassembly(doc)
            .disassemble(
                capstone(), main.symbol().st_value(), main.symbol().st_size(), "program_main");
    assertThat(listing.rows()).isNotEmpty();
    InstructionRow last = listing.rows().get(listing.rows().size() - 1);
    long start = main.symbol().st_value() & ~1L;
    long covered = last.address() + last.hex().split(" ").length - start;
    assertThat(covered).isEqualTo(main.symbol().st_size());
    // Direct calls name their targets by symbol.
    assertThat(listing.rows()).anyMatch(r -> r.target().isPresent() && !r.targetName().isEmpty());
    assertThat(listing.rows().get(0).bytes().orElseThrow().offset())
        .isEqualTo(main.body().orElseThrow().offset());
  }

  @Test
  void anAddressOutsideTheFileIsRefusedWithAReason() throws Exception {
    BinaryDocument doc = TestBinaries.load(TestBinaries.example("hello", "x86_64"));
    assertThatThrownBy(
            () -> new Disassembly(doc).disassemble(capstone(), 0x7fff_0000L, 16, "nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no bytes in the file");
  }
}
