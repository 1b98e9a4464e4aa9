package dev.cloudabi.app.binary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.analysis.Evidence;
import org.junit.jupiter.api.Test;

class FindingsTest {
  @Test
  void headerFieldEvidenceCoversTheWholeField() {
    assertThat(Findings.evidence(new Evidence("e_machine", 18), true, 1000))
        .contains(new ByteRange(18, 2, "e_machine"));
  }

  @Test
  void programHeaderFieldEvidenceIsOffsetIntoItsHeader() {
    assertThat(Findings.evidence(new Evidence("PT_LOAD[1] p_vaddr", 0x78), true, 1000))
        .contains(new ByteRange(0x78 + 16, 8, "PT_LOAD[1] p_vaddr"));
    assertThat(Findings.evidence(new Evidence("PT_LOAD[1] p_flags", 0x54), false, 1000))
        .contains(new ByteRange(0x54 + 24, 4, "PT_LOAD[1] p_flags"));
  }

  @Test
  void evidenceOutsideTheFileHasNoBytes() {
    assertThat(Findings.evidence(new Evidence("e_shoff", 5000), true, 1000)).isEmpty();
  }
}
