package dev.cloudabi.argdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DescriptorTableTest {
  /** Stand-ins for the runner's host objects. */
  private record HostFile(String name) {}

  private static final HostFile STDOUT = new HostFile("stdout");
  private static final HostFile STDERR = new HostFile("stderr");

  @Test
  void launcherExampleRenumbersByFirstAppearanceWithOneNumberPerDescriptor() {
    var table = new DescriptorTable<HostFile>();
    // Registered in another order than they appear, to show the numbers come from the tree walk.
    FdValue err = table.fd(STDERR);
    FdValue out = table.fd(STDOUT);
    MapValue config =
        Argdata.map().put("out", out).put("err", err).put("again", table.fd(STDOUT)).build();

    EncodedArgdata<HostFile> encoded = table.encode(config);

    assertThat(HexFormat.of().formatHex(encoded.bytes()))
        .isEqualTo(
            "0685086f75740085030000000085086572720085030000000187086167" + "61696e00850300000000");
    assertThat(encoded.descriptors()).containsExactly(STDOUT, STDERR);
  }

  @Test
  void mapKeysAreVisitedBeforeTheirValuesAndSeqsInOrder() {
    var table = new DescriptorTable<String>();
    MapValue tree =
        Argdata.map()
            .put(
                table.fd("key-fd"),
                Argdata.seq().add(table.fd("first")).add(table.fd("second")).build())
            .put("later", table.fd("first"))
            .build();
    assertThat(table.encode(tree).descriptors()).containsExactly("key-fd", "first", "second");
  }

  @Test
  void descriptorsThatTheTreeDoesNotReferenceAreLeftOut() {
    var table = new DescriptorTable<String>();
    table.fd("unused");
    EncodedArgdata<String> encoded = table.encode(Argdata.seq().add(table.fd("used")).build());
    assertThat(encoded.descriptors()).containsExactly("used");
    assertThat(encoded.bytes()).isEqualTo(HexFormat.of().parseHex("07850300000000"));
  }

  @Test
  void fdNotHandedOutByTheTableIsRejected() {
    var table = new DescriptorTable<String>();
    assertThatThrownBy(() -> table.encode(Argdata.fd(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fd 5");
  }

  @Test
  void plainEncodingKeepsNumbersAndRenumberingListsTheOriginals() {
    SeqValue tree = Argdata.seq().add(Argdata.fd(7)).add(Argdata.fd(3)).add(Argdata.fd(7)).build();
    assertThat(HexFormat.of().formatHex(Argdata.encode(tree)))
        .isEqualTo("07850300000007850300000003850300000007");
    EncodedArgdata<Integer> renumbered = Argdata.encodeRenumbered(tree);
    assertThat(HexFormat.of().formatHex(renumbered.bytes()))
        .isEqualTo("07850300000000850300000001850300000000");
    assertThat(renumbered.descriptors()).containsExactly(7, 3);
  }
}
