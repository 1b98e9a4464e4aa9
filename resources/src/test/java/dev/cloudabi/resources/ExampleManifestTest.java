package dev.cloudabi.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ExampleManifestTest {

  private static ExampleManifest parse(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return ExampleManifest.parse("demo", p, "demo/example.properties");
  }

  @Test
  void readsAllKeysAndDefaults() {
    ExampleManifest m =
        parse(
            """
            description=A demo.
            exit.status=3
            stdout.match=regex
            test.config=small.yaml
            test.stdout=small.txt
            fd.0=stdin:input.txt
            fd.3=socketpair:4
            fd.4=socketpair:3
            fd.5=directory
            abi=2017
            timeout.seconds=7
            """);
    assertThat(m.description()).isEqualTo("A demo.");
    assertThat(m.exitStatus()).hasValue(3);
    assertThat(m.exitSignal()).isEmpty();
    assertThat(m.stdoutMatch()).isEqualTo(StdoutMatch.REGEX);
    assertThat(m.config()).isEqualTo("demo.yaml");
    assertThat(m.testConfig()).isEqualTo("small.yaml");
    assertThat(m.testStdout()).isEqualTo("small.txt");
    assertThat(m.fds().keySet()).containsExactly(0, 3, 4, 5);
    assertThat(m.fds().get(0))
        .isEqualTo(new FdRequirement(0, FdRequirement.Kind.STDIN, "input.txt"));
    assertThat(m.fds().get(3).peer()).hasValue(4);
    assertThat(m.fds().get(5).kind()).isEqualTo(FdRequirement.Kind.DIRECTORY);
    assertThat(m.abi()).isEqualTo("2017");
    assertThat(m.runsForever()).isFalse();
    assertThat(m.timeoutSeconds()).isEqualTo(7);
  }

  @Test
  void signalsHaveCloudAbiNumbers() {
    ExampleManifest m = parse("description=d\nexit.signal=SIGSEGV\nstdout.match=none\n");
    assertThat(m.exitSignalNumber()).hasValue(13);
    assertThat(m.exitStatus()).isEmpty();
    assertThat(m.testConfig()).isEqualTo("demo.yaml");
    assertThat(parse("description=d\nexit.signal=SIGABRT\nstdout.match=none\n").exitSignalNumber())
        .hasValue(1);
  }

  @Test
  void serversMayOmitTheExitExpectation() {
    ExampleManifest m =
        parse(
            "description=d\nstdout.match=none\nruns.forever=true\nfd.3=listening-socket\n"
                + "socket.response=r.txt\n");
    assertThat(m.runsForever()).isTrue();
    assertThat(m.exitStatus()).isEmpty();
    assertThat(m.exitSignal()).isEmpty();
    assertThat(m.socketResponse()).hasValue("r.txt");
    assertThatThrownBy(() -> parse("description=d\nstdout.match=none\nruns.forever=yes\n"))
        .hasMessageContaining("runs.forever must be true or false, not 'yes'");
  }

  @Test
  void errorsNameTheFileAndTheKey() {
    assertThatThrownBy(() -> parse("exit.status=0\nstdout.match=exact\n"))
        .isInstanceOf(ExampleFormatException.class)
        .hasMessage("demo/example.properties: missing key 'description'");
    assertThatThrownBy(() -> parse("description=d\nstdout.match=exact\n"))
        .hasMessageContaining("exactly one of exit.status and exit.signal");
    assertThatThrownBy(
            () -> parse("description=d\nexit.status=0\nexit.signal=SIGABRT\nstdout.match=exact"))
        .hasMessageContaining("exactly one of exit.status and exit.signal");
    assertThatThrownBy(() -> parse("description=d\nexit.signal=SIGSEGFAULT\nstdout.match=exact"))
        .hasMessageContaining("exit.signal is not a CloudABI signal name: SIGSEGFAULT");
    assertThatThrownBy(() -> parse("description=d\nexit.status=x\nstdout.match=exact"))
        .hasMessageContaining("exit.status is not a number: 'x'");
    assertThatThrownBy(() -> parse("description=d\nexit.status=0\nstdout.match=fuzzy"))
        .hasMessageContaining("stdout.match must be exact, regex or none, not 'fuzzy'");
    assertThatThrownBy(() -> parse("description=d\nexit.status=0\nstdout.match=exact\ncolour=red"))
        .hasMessage("demo/example.properties: unknown key 'colour'");
    assertThatThrownBy(() -> parse("description=d\nexit.status=0\nstdout.match=exact\nfd.3=pipe"))
        .hasMessageContaining("fd.3 has unknown kind 'pipe'");
    assertThatThrownBy(() -> parse("description=d\nexit.status=0\nstdout.match=exact\nfd.0=stdin"))
        .hasMessageContaining("'stdin' needs an argument after ':'");
    assertThatThrownBy(
            () -> parse("description=d\nexit.status=0\nstdout.match=exact\nfd.3=socketpair:4"))
        .hasMessageContaining("fd.3=socketpair:4 needs fd.4=socketpair:3");
    assertThatThrownBy(() -> parse("description=d\nexit.status=0\nstdout.match=exact\nabi=2016"))
        .hasMessageContaining("abi must be final or 2017");
  }
}
