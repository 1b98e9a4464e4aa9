package dev.cloudabi.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.argdata.ArgdataValue;
import dev.cloudabi.argdata.BinaryValue;
import dev.cloudabi.argdata.BoolValue;
import dev.cloudabi.argdata.FdValue;
import dev.cloudabi.argdata.FloatValue;
import dev.cloudabi.argdata.IntValue;
import dev.cloudabi.argdata.MapValue;
import dev.cloudabi.argdata.NullValue;
import dev.cloudabi.argdata.SeqValue;
import dev.cloudabi.argdata.StrValue;
import dev.cloudabi.argdata.TimestampValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchConfigParserTest {
  private static final String HEADER = "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n";

  private static LaunchConfig parse(String body) throws ConfigException {
    return LaunchConfigParser.parse("config.yaml", new StringReader(HEADER + body));
  }

  private static ArgdataValue value(LaunchConfig config, String key) {
    return ((MapValue) config.argdata()).get(key).orElseThrow();
  }

  @Test
  void theHelloConfigIsOneDescriptorAtTheTop() throws Exception {
    LaunchConfig config = parse("!fd stdout\n");

    assertThat(config.argdata()).isEqualTo(new FdValue(0));
    assertThat(config.descriptors())
        .containsExactly(new DescriptorSpec.Inherited(1, new SourcePosition("config.yaml", 3, 1)));
  }

  @Test
  void descriptorsAreNumberedByFirstAppearanceAndSharedWhenRepeated() throws Exception {
    LaunchConfig config = parse("out: !fd stdout\nerr: !fd stderr\nagain: !fd 1\n");

    assertThat(value(config, "out")).isEqualTo(new FdValue(0));
    assertThat(value(config, "err")).isEqualTo(new FdValue(1));
    assertThat(value(config, "again")).isEqualTo(new FdValue(0));
    assertThat(config.descriptors())
        .extracting(d -> ((DescriptorSpec.Inherited) d).hostFd())
        .containsExactly(1, 2);
  }

  @Test
  void aMapKeyIsNumberedBeforeItsValue() throws Exception {
    LaunchConfig config = parse("? !fd 5\n: !fd 6\n");

    var entry = ((MapValue) config.argdata()).entries().getFirst();
    assertThat(entry.key()).isEqualTo(new FdValue(0));
    assertThat(entry.value()).isEqualTo(new FdValue(1));
  }

  @Test
  void eachFileTagOpensItsOwnDescriptor() throws Exception {
    LaunchConfig config = parse("a: !file {path: /tmp}\nb: !file {path: /tmp}\n");

    assertThat(config.descriptors()).hasSize(2);
    assertThat(((DescriptorSpec.File) config.descriptors().get(1)).path()).isEqualTo("/tmp");
  }

  @Test
  void theSeedsWebServerConfig() throws Exception {
    LaunchConfig config =
        parse(
            "http_socket: !socket\n    type: stream\n    bind: 0.0.0.0:8080\n"
                + "html_message: <marquee>Hello, world!</marquee>\n");

    assertThat(value(config, "http_socket")).isEqualTo(new FdValue(0));
    assertThat(value(config, "html_message"))
        .isEqualTo(new StrValue("<marquee>Hello, world!</marquee>"));
    var socket = (DescriptorSpec.Socket) config.descriptors().getFirst();
    assertThat(socket.type()).isEqualTo(DescriptorSpec.SocketType.STREAM);
    assertThat(socket.mode()).isEqualTo(DescriptorSpec.SocketMode.BIND);
    assertThat(socket.address()).isEqualTo(new SocketAddressSpec.Inet("0.0.0.0", 8080));
  }

  @Test
  void ipv6AndUnixSocketAddresses() throws Exception {
    LaunchConfig config =
        parse("a: !socket {bind: '[::]:8080'}\nb: !socket {type: dgram, connect: /run/x.sock}\n");

    assertThat(((DescriptorSpec.Socket) config.descriptors().get(0)).address())
        .isEqualTo(new SocketAddressSpec.Inet("::", 8080));
    assertThat(((DescriptorSpec.Socket) config.descriptors().get(1)).address())
        .isEqualTo(new SocketAddressSpec.Unix("/run/x.sock"));
  }

  @Test
  void plainScalarsAreTypedAsTheCFrontEndDid() throws Exception {
    LaunchConfig config =
        parse(
            "b: yes\ni: 0x10\nbig: 18446744073709551615\nf: 1.5\nnothing: ~\n"
                + "t: 2017-03-01T12:00:00.5Z\ns: hello\nq: '42'\nbin: !!binary AQI=\n"
                + "l: [1, null, hi]\n");

    assertThat(value(config, "b")).isEqualTo(BoolValue.TRUE);
    assertThat(value(config, "i")).isEqualTo(IntValue.of(16));
    assertThat(value(config, "big")).isEqualTo(IntValue.of(new BigInteger("18446744073709551615")));
    assertThat(value(config, "f")).isEqualTo(FloatValue.of(1.5));
    assertThat(value(config, "nothing")).isEqualTo(NullValue.INSTANCE);
    assertThat(value(config, "t"))
        .isEqualTo(new TimestampValue(new BigInteger("1488369600500000000")));
    assertThat(value(config, "s")).isEqualTo(new StrValue("hello"));
    assertThat(value(config, "q")).isEqualTo(new StrValue("42"));
    assertThat(((BinaryValue) value(config, "bin")).bytes()).containsExactly(1, 2);
    assertThat(value(config, "l"))
        .isEqualTo(new SeqValue(List.of(IntValue.of(1), NullValue.INSTANCE, new StrValue("hi"))));
  }

  @Test
  void aKeyThatSpellsABooleanIsABoolean() throws Exception {
    // "n" and "y" are booleans to the C front end, keys included.
    var entry = ((MapValue) parse("n: 1\n").argdata()).entries().getFirst();

    assertThat(entry.key()).isEqualTo(BoolValue.FALSE);
  }

  @Test
  void stdinIsOurAdditionForDescriptorZero() throws Exception {
    assertThat(parse("!fd stdin\n").descriptors())
        .extracting(d -> ((DescriptorSpec.Inherited) d).hostFd())
        .containsExactly(0);
  }

  @Test
  void errorsNameLineAndColumn() {
    assertError("x: !fd sdtout\n", "config.yaml:3:4: Invalid file descriptor number: sdtout");
    assertError("x: !file {}\n", "config.yaml:3:4: Missing path attribute");
    assertError("x: !file {path: /a, mode: r}\n", "config.yaml:3:21: Unknown file attribute: mode");
    assertError("x: !socket {type: stream}\n", "config.yaml:3:4: Missing bind/connect attribute");
    assertError(
        "x: !socket {bind: localhost}\n",
        "config.yaml:3:19: Address localhost does not contain a port number");
    assertError(
        "x: !socket {type: raw, bind: /s}\n", "config.yaml:3:19: Unsupported type attribute: raw");
    assertError(
        "x: !sockets {bind: /s}\n", "config.yaml:3:4: Unsupported tag for mapping: !sockets");
    assertError("x: !!int twelve\n", "config.yaml:3:4: Invalid int value: twelve");
    assertError("a: 1\na: 2\n", "config.yaml:4:1: Duplicate key 'a' (first at line 3)");
    assertError(
        "x: !flower_switchboard_handle {switchboard_path: /s}\n",
        "config.yaml:3:4: !flower_switchboard_handle is not supported");
  }

  @Test
  void aForgottenTagDirectiveIsPointedOut() {
    assertThatThrownBy(
            () -> LaunchConfigParser.parse("c.yaml", new StringReader("out: !fd stdout\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("c.yaml:1:6: Unsupported tag for scalar: !fd")
        .hasMessageContaining("%TAG ! tag:nuxi.nl,2015:cloudabi/");
  }

  private static void assertError(String body, String expectedStart) {
    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(expectedStart);
  }
}
