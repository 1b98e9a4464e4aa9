package dev.cloudabi.runner.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceFormatTest {
  private static final TraceEvent.Syscall WRITE =
      new TraceEvent.Syscall(
          7,
          2,
          "fd_write",
          List.of(new TraceEvent.Argument("fd", "1"), new TraceEvent.Argument("iovs", "\"hi\\n\"")),
          0,
          "ESUCCESS",
          12_000,
          "");
  private static final TraceEvent.Syscall DENIED =
      new TraceEvent.Syscall(
          8,
          2,
          "file_open",
          List.of(new TraceEvent.Argument("path", "\"../etc\"")),
          76,
          "ENOTCAPABLE",
          3_000,
          "path component .. leaves the directory of descriptor 3");

  @Test
  void textIsStraceLike() {
    TraceFormat text = TraceFormat.named("text");

    assertThat(text.format(WRITE)).isEqualTo("[2] fd_write(fd=1, iovs=\"hi\\n\") = 0 <0.000012>");
    assertThat(text.format(DENIED))
        .isEqualTo(
            "[2] file_open(path=\"../etc\") = ENOTCAPABLE (path component .. leaves the directory"
                + " of descriptor 3) <0.000003>");
    assertThat(text.format(new TraceEvent.ProcessSignaled(9, "SIGABRT")))
        .isEqualTo("+++ killed by SIGABRT +++");
  }

  @Test
  void jsonIsOneObjectPerEventWithStableFieldNames() {
    TraceFormat json = TraceFormat.named("json");

    assertThat(json.format(WRITE))
        .isEqualTo(
            "{\"seq\":7,\"event\":\"syscall\",\"thread\":2,\"name\":\"fd_write\","
                + "\"args\":{\"fd\":\"1\",\"iovs\":\"\\\"hi\\\\n\\\"\"},\"errno\":0,"
                + "\"errnoName\":\"ESUCCESS\",\"durationNs\":12000}");
    assertThat(json.format(DENIED))
        .contains("\"errnoName\":\"ENOTCAPABLE\",\"explanation\":\"path component .. leaves");
    assertThat(json.format(new TraceEvent.ProcessExited(10, 3)))
        .isEqualTo("{\"seq\":10,\"event\":\"exit\",\"code\":3}");
  }

  @Test
  void aForcedPreemptionIsReportedWithItsThreadAndPc() {
    TraceEvent.ThreadPreempted preempted = new TraceEvent.ThreadPreempted(11, 3, 0x41a2c0);

    assertThat(TraceFormat.named("text").format(preempted))
        .isEqualTo(
            "--- thread 3 preempted by force at 0x41a2c0 (no system call while others waited;"
                + " see ADR 0015) ---");
    assertThat(TraceFormat.named("json").format(preempted))
        .isEqualTo("{\"seq\":11,\"event\":\"preempted\",\"thread\":3,\"pc\":4301504}");
  }
}
