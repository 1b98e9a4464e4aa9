package dev.cloudabi.designer.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.argdata.ArgdataValue;
import dev.cloudabi.argdata.MapValue;
import dev.cloudabi.argdata.SeqValue;
import dev.cloudabi.argdata.StrValue;
import dev.cloudabi.designer.tree.NodeKind;
import dev.cloudabi.runner.api.Launcher;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScalarEmitterTest {
  /** What the launcher makes of {@code key: <yaml>}. */
  private static ArgdataValue launcherValue(String yaml) throws Exception {
    MapValue map = (MapValue) Launcher.parse("t", new StringReader("k: " + yaml + "\n")).argdata();
    return map.entries().get(0).value();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yes",
        "No",
        "on",
        "y",
        "0x10",
        "0o7",
        "12",
        "-3",
        "1.5",
        "1e3",
        ".inf",
        "nan",
        "null",
        "~",
        "",
        "2017-01-01",
        "a: b",
        "x #y",
        " lead",
        "trail ",
        "!fd stdout",
        "&a",
        "*a",
        "[1]",
        "{a}",
        "- a",
        "'q'",
        "\"q\"",
        "line\nbreak",
        "tab\there",
        "%x",
        "@x",
        "`x",
        "é ü",
        "0.0.0.0:8080",
        "<marquee>Hello, world!</marquee>",
        "|",
        ">",
        "?",
        "-",
        ":"
      })
  void everyStringReadsBackAsThatStringInBlockAndFlowContext(String value) throws Exception {
    assertThat(launcherValue(ScalarEmitter.string(value, false))).isEqualTo(new StrValue(value));
    String flow = ScalarEmitter.string(value, true);
    MapValue map =
        (MapValue) Launcher.parse("t", new StringReader("{k: [" + flow + "]}")).argdata();
    assertThat(map.entries().get(0).value())
        .isEqualTo(new SeqValue(List.<ArgdataValue>of(new StrValue(value))));
  }

  @Test
  void plainWordsStayPlainAndReservedWordsAreQuoted() {
    assertThat(ScalarEmitter.string("hello world", false)).isEqualTo("hello world");
    assertThat(ScalarEmitter.string("/usr/lib/python3.6", true)).isEqualTo("/usr/lib/python3.6");
    assertThat(ScalarEmitter.string("yes", false)).isEqualTo("\"yes\"");
    assertThat(ScalarEmitter.string("0x10", false)).isEqualTo("\"0x10\"");
    assertThat(ScalarEmitter.string("null", false)).isEqualTo("\"null\"");
  }

  @Test
  void commasArePlainInBlockContextButQuotedInFlowContext() {
    String html = "<marquee>Hello, world!</marquee>";
    assertThat(ScalarEmitter.string(html, false)).isEqualTo(html);
    assertThat(ScalarEmitter.string(html, true)).isEqualTo("\"" + html + "\"");
  }

  @Test
  void numbersKeepTheirWrittenFormWhenItTypesRight() {
    assertThat(ScalarEmitter.value(NodeKind.INT, "0x10", false)).isEqualTo("0x10");
    assertThat(ScalarEmitter.value(NodeKind.INT, "+5", false)).isEqualTo("5");
    assertThat(ScalarEmitter.value(NodeKind.FLOAT, "2.5", false)).isEqualTo("2.5");
    assertThat(ScalarEmitter.value(NodeKind.FLOAT, "3", false)).isEqualTo("3.0");
  }

  @Test
  void eachKindReadsBackAsItsArgdataType() throws Exception {
    assertThat(launcherValue(ScalarEmitter.value(NodeKind.FLOAT, "3", false)).toString())
        .contains("3.0");
    assertThat(launcherValue(ScalarEmitter.value(NodeKind.BOOL, "yes", false)).toString())
        .contains("true");
    assertThat(launcherValue(ScalarEmitter.value(NodeKind.BINARY, "SGVs bG8=", false)).toString())
        .containsIgnoringCase("binary");
    assertThat(ScalarEmitter.value(NodeKind.TIMESTAMP, "2017-03-01T12:00:00Z", false))
        .isEqualTo("2017-03-01T12:00:00Z");
  }

  @Test
  void invalidInputIsRefusedWithAMessageNamingIt() {
    assertThatThrownBy(() -> ScalarEmitter.value(NodeKind.INT, "12a", false))
        .hasMessageContaining("'12a'");
    assertThatThrownBy(() -> ScalarEmitter.value(NodeKind.FD, "stdio", false))
        .hasMessageContaining("'stdio'");
    assertThatThrownBy(() -> ScalarEmitter.value(NodeKind.BINARY, "@@", false))
        .hasMessageContaining("Base64");
  }
}
