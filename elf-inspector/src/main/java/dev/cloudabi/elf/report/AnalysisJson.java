package dev.cloudabi.elf.report;

import dev.cloudabi.elf.analysis.CarriedNames;
import dev.cloudabi.elf.analysis.CloudAbiReport;
import dev.cloudabi.elf.analysis.Finding;
import dev.cloudabi.elf.analysis.SyscallCompatibility;
import dev.cloudabi.elf.analysis.SyscallImports;
import dev.cloudabi.elf.analysis.TlsTemplate;
import java.util.List;

/** The JSON of the hash tables and of the two analyses (part of {@link ElfJsonWriter}). */
final class AnalysisJson {
  private AnalysisJson() {}

  static void hashTables(JsonOut out, ElfReport report) {
    if (report.sysvHash().isPresent()) {
      var t = report.sysvHash().get();
      out.name("sysv_hash")
          .beginObject()
          .field("file_offset", t.fileOffset())
          .field("size", t.size());
      out.field("nbucket", t.nbucket()).field("nchain", t.nchain()).endObject();
    } else {
      out.nullField("sysv_hash");
    }
    if (report.gnuHash().isPresent()) {
      var t = report.gnuHash().get();
      out.name("gnu_hash")
          .beginObject()
          .field("file_offset", t.fileOffset())
          .field("size", t.size());
      out.field("nbuckets", t.nbuckets()).field("symoffset", t.symoffset());
      out.field("bloom_size", t.bloomSize()).field("bloom_shift", t.bloomShift()).endObject();
    } else {
      out.nullField("gnu_hash");
    }
  }

  static void cloudabi(JsonOut out, CloudAbiReport r) {
    out.name("cloudabi").beginObject().field("verdict", r.verdict().name());
    if (r.arch().isPresent()) {
      out.field("arch", r.arch().get().triple());
    } else {
      out.nullField("arch");
    }
    out.field("load_model", r.loadModel().name()).field("entry", r.entry());
    out.field("load_start", r.loadStart()).field("load_end", r.loadEnd());
    if (r.tls().isPresent()) {
      TlsTemplate t = r.tls().get();
      out.name("tls").beginObject().field("vaddr", t.vaddr()).field("filesz", t.filesz());
      out.field("memsz", t.memsz()).field("align", t.align());
      out.field("file_offset", t.fileOffset()).endObject();
    } else {
      out.nullField("tls");
    }
    out.name("findings").beginArray();
    for (Finding f : r.findings()) {
      out.beginObject().field("severity", f.severity().name()).field("code", f.code());
      out.field("message", f.message()).field("field", f.evidence().field());
      out.fieldSigned("offset", f.evidence().offset()).endObject();
    }
    out.endArray().endObject();
  }

  static void syscalls(JsonOut out, ElfReport report) {
    SyscallImports s = report.syscalls();
    CarriedNames carried = s.carried();
    out.name("syscalls").beginObject();
    strings(out, "carried", carried.names());
    out.field("carries_whole_table", carried.carriesWholeTable());
    if (carried.era().isPresent()) {
      out.field("era", carried.era().get());
    } else {
      out.nullField("era");
    }
    if (carried.table().isPresent()) {
      var t = carried.table().get();
      out.name("table").beginObject().field("file_offset", t.fileOffset());
      out.field("container", t.container()).field("count", t.names().size()).endObject();
    } else {
      out.nullField("table");
    }
    strings(out, "prefixed_strings", carried.prefixedStrings());
    strings(out, "wrappers", s.wrappers());
    if (s.reached().isPresent()) {
      strings(out, "reached", s.reached().get());
    } else {
      out.nullField("reached");
    }
    out.field("reached_via", s.reachedVia());
    out.field("summary", s.summary());
    if (report.compatibility().isPresent()) {
      SyscallCompatibility c = report.compatibility().get();
      out.name("compatibility").beginObject().field("verdict", c.verdict().name());
      strings(out, "required", c.required());
      strings(out, "missing_required", c.missingRequired());
      strings(out, "missing_unreached", c.missingUnreached());
      out.field("explanation", c.explanation()).endObject();
    } else {
      out.nullField("compatibility");
    }
    out.endObject();
  }

  private static void strings(JsonOut out, String key, List<String> values) {
    out.name(key).beginArray();
    values.forEach(out::stringValue);
    out.endArray();
  }
}
