package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.constants.FileTypes;
import java.util.Optional;

/**
 * Answers "can this run under a CloudABI runtime, and how" (CLOUDABI-ABI.md §2): identity, static
 * linking, loadable segments, entry point, TLS and crt0's relocation limits. Findings carry the
 * field and offset they are about; the verdict is the worst of them.
 */
public final class CloudAbiAnalyzer {
  private CloudAbiAnalyzer() {}

  public static CloudAbiReport analyze(ElfFile elf) {
    Findings findings = new Findings();
    Optional<CloudAbiArch> arch = IdentityChecks.check(elf.header(), findings);
    long pageSize = arch.map(CloudAbiArch::pageSize).orElse(4096L);
    LinkageChecks.staticLinking(elf, findings);
    SegmentChecks.Span span = SegmentChecks.loads(elf, pageSize, findings);
    SegmentChecks.entry(elf, findings);
    Optional<TlsTemplate> tls = SegmentChecks.tls(elf, findings);
    SegmentChecks.stack(elf, findings);
    arch.ifPresent(a -> LinkageChecks.selfRelocation(elf, a, findings));
    LoadModel model =
        switch (elf.header().e_type()) {
          case FileTypes.ET_DYN -> LoadModel.POSITION_INDEPENDENT;
          case FileTypes.ET_EXEC -> LoadModel.FIXED_ADDRESS;
          default -> LoadModel.NOT_LOADABLE;
        };
    var list = findings.list();
    return new CloudAbiReport(
        Verdict.of(list), arch, model, elf.header().e_entry(), span.start(), span.end(), tls, list);
  }
}
