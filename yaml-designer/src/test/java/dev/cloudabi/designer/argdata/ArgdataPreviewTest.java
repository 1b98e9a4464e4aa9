package dev.cloudabi.designer.argdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.designer.tree.ConfigTree;
import dev.cloudabi.designer.tree.NodePath;
import dev.cloudabi.designer.tree.TreeReader;
import dev.cloudabi.runner.api.Launcher;
import dev.cloudabi.runner.config.LaunchConfig;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgdataPreviewTest {
  private static final String TEXT =
      "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n"
          + "out: !fd stdout\n"
          + "dir: !file {path: data, rights: [fd_read, file_open]}\n"
          + "again: !fd stdout\n"
          + "list: [1, hi]\n"
          + "sock: !socket {type: stream, bind: 0.0.0.0:8080}\n";

  private static ArgdataPreview preview(Path base) throws Exception {
    ConfigTree tree = new TreeReader("t").read(TEXT);
    LaunchConfig config = Launcher.parse("t", new StringReader(TEXT));
    return ArgdataPreview.of(tree, config, base);
  }

  @Test
  void theBytesAreTheLaunchersEncoding(@TempDir Path base) throws Exception {
    byte[] expected = Argdata.encode(Launcher.parse("t", new StringReader(TEXT)).argdata());
    assertThat(preview(base).bytes()).isEqualTo(expected);
    assertThat(preview(base).rows()).hasSize((expected.length + 15) / 16);
  }

  @Test
  void eachNodesSpanHoldsExactlyItsEncodedValue(@TempDir Path base) throws Exception {
    ArgdataPreview p = preview(base);
    byte[] bytes = p.bytes();
    ByteSpan hi = p.valueSpan(NodePath.of(3, 1)).orElseThrow();
    assertThat(Arrays.copyOfRange(bytes, hi.offset(), hi.end()))
        .isEqualTo(new byte[] {0x08, 'h', 'i', 0});
    ByteSpan key = p.keySpan(NodePath.of(0)).orElseThrow();
    assertThat(Arrays.copyOfRange(bytes, key.offset(), key.end()))
        .isEqualTo(new byte[] {0x08, 'o', 'u', 't', 0});
    ByteSpan again = p.valueSpan(NodePath.of(2)).orElseThrow();
    // !fd stdout again: the same guest descriptor 0 (tag 0x03, 32-bit number).
    assertThat(Arrays.copyOfRange(bytes, again.offset(), again.end()))
        .isEqualTo(new byte[] {0x03, 0, 0, 0, 0});
    assertThat(p.valueSpan(NodePath.ROOT).orElseThrow().length()).isEqualTo(bytes.length);
  }

  @Test
  void theDescriptorTableIsRenumberedInOrderOfFirstAppearance(@TempDir Path base) throws Exception {
    Files.createDirectory(base.resolve("data"));
    ArgdataPreview p = preview(base);
    assertThat(p.descriptors())
        .extracting(DescriptorRow::guestFd, DescriptorRow::capability)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, "!fd stdout"),
            org.assertj.core.groups.Tuple.tuple(1, "!file data"),
            org.assertj.core.groups.Tuple.tuple(2, "!socket stream bind"));
    assertThat(p.descriptors().get(1).host()).startsWith("directory ");
    // Narrowing never widens: a directory has no fd_read to keep.
    assertThat(Rights.names(p.descriptors().get(1).rights().orElseThrow().base()))
        .containsExactly("file_open");
    assertThat(p.descriptors().get(2).host()).isEqualTo("new stream socket bound to 0.0.0.0:8080");
    assertThat(p.descriptors().get(0).node()).contains(NodePath.of(0));
  }

  @Test
  void aMissingFileHasNoRightsUntilLaunch(@TempDir Path base) throws Exception {
    DescriptorRow row = preview(base).descriptors().get(1);
    assertThat(row.host()).startsWith("missing here: ");
    assertThat(row.rightsText()).isEqualTo("decided at launch");
  }

  @Test
  void aRelativeFileIsShownAtItsAbsolutePathNextToTheConfiguration(@TempDir Path base)
      throws Exception {
    Files.createDirectory(base.resolve("data"));
    DescriptorRow dir = preview(base).descriptors().get(1);
    assertThat(dir.capability()).isEqualTo("!file data");
    assertThat(dir.host()).isEqualTo("directory " + base.resolve("data"));
    assertThat(dir.hostNote())
        .startsWith("Opens " + base.resolve("data"))
        .contains("relative", "cloudabi-run", "run it from " + base);
  }

  @Test
  void aFilePathThatCannotExistOnTheHostIsDescribedNotThrown(@TempDir Path base) throws Exception {
    String text = "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\nx: !file {path: \"a\\0b\"}\n";
    ConfigTree tree = new TreeReader("t").read(text);
    LaunchConfig config = Launcher.parse("t", new StringReader(text));

    DescriptorRow row = ArgdataPreview.of(tree, config, base).descriptors().get(0);

    assertThat(row.host()).isEqualTo("no host path: a\0b");
    assertThat(row.hostNote()).isEqualTo(row.host());
    assertThat(row.rightsText()).isEqualTo("decided at launch");
  }
}
