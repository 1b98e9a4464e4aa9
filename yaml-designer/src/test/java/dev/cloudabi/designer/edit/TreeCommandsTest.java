package dev.cloudabi.designer.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.designer.document.ConfigFiles;
import dev.cloudabi.designer.hints.KeyHints;
import dev.cloudabi.designer.tree.ConfigTree;
import dev.cloudabi.designer.tree.NodeKind;
import dev.cloudabi.designer.tree.NodePath;
import dev.cloudabi.designer.tree.TreeReader;
import dev.cloudabi.runner.config.DescriptorSpec.SocketMode;
import dev.cloudabi.runner.config.DescriptorSpec.SocketType;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TreeCommandsTest {
  private static final String HEAD = "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n";

  /** A text that tree commands are applied to, one after the other, as the designer does. */
  private static final class Session {
    String text;
    NodePath selected = NodePath.ROOT;
    KeyHints hints = KeyHints.NONE;

    Session(String text) {
      this.text = text;
    }

    Session run(Function<TreeCommands, Change> command) throws Exception {
      ConfigTree tree = new TreeReader("t").read(text);
      Change change = command.apply(new TreeCommands(tree, hints));
      text = change.edit().applyTo(text);
      selected = change.select();
      new TreeReader("t").read(text);
      return this;
    }
  }

  @Test
  void theWebServerConfigIsBuiltFromPaletteAndFormCommands() throws Exception {
    Session s = new Session(ConfigFiles.NEW_CONFIG);
    s.run(c -> c.add(s.selected, NodeKind.SOCKET));
    s.run(c -> c.renameKey(s.selected, "http_socket"));
    s.run(c -> c.setSocketType(s.selected, SocketType.STREAM));
    s.run(c -> c.setSocketAddress(s.selected, SocketMode.BIND, "0.0.0.0:8080"));
    s.run(c -> c.add(s.selected, NodeKind.STRING));
    s.run(c -> c.renameKey(s.selected, "html_message"));
    s.run(c -> c.setScalar(s.selected, NodeKind.STRING, "<marquee>Hello, world!</marquee>"));
    assertThat(s.text)
        .isEqualTo(
            HEAD
                + "http_socket: !socket {type: stream, bind: 0.0.0.0:8080}\n"
                + "html_message: <marquee>Hello, world!</marquee>\n");
  }

  @Test
  void thePythonConfigIsBuiltFromPaletteAndFormCommands() throws Exception {
    Session s = new Session(ConfigFiles.NEW_CONFIG);
    s.run(c -> c.add(NodePath.ROOT, NodeKind.SEQ)).run(c -> c.renameKey(s.selected, "path"));
    s.run(c -> c.add(s.selected, NodeKind.FILE)).run(c -> c.setFilePath(s.selected, "/lib/py"));
    s.run(c -> c.add(s.selected, NodeKind.FILE)).run(c -> c.setFilePath(s.selected, "site"));
    s.run(c -> c.add(NodePath.ROOT, NodeKind.MAP)).run(c -> c.renameKey(s.selected, "args"));
    s.run(c -> c.add(s.selected, NodeKind.FD)).run(c -> c.renameKey(s.selected, "terminal"));
    s.run(c -> c.add(s.selected, NodeKind.STRING)).run(c -> c.renameKey(s.selected, "message"));
    s.run(c -> c.setScalar(s.selected, NodeKind.STRING, "Hello, world!"));
    assertThat(s.text)
        .isEqualTo(
            HEAD
                + "path:\n"
                + "  - !file {path: /lib/py}\n"
                + "  - !file {path: site}\n"
                + "args:\n"
                + "  terminal: !fd stdout\n"
                + "  message: Hello, world!\n");
  }

  @Test
  void newEntriesTakeTheFirstUnusedKeyHint() throws Exception {
    Session s = new Session(HEAD + "http_socket: !fd 3\n");
    s.hints = new KeyHints("webserver", List.of("http_socket", "html_message"));
    s.run(c -> c.add(NodePath.ROOT, NodeKind.STRING));
    assertThat(s.text).endsWith("http_socket: !fd 3\nhtml_message: \"\"\n");
    s.run(c -> c.add(NodePath.ROOT, NodeKind.INT));
    assertThat(s.text).endsWith("html_message: \"\"\nkey: 0\n");
  }

  @Test
  void switchingConnectForBindRenamesTheAttributeAndSetsTheAddressInOneEdit() throws Exception {
    Session s = new Session(HEAD + "s: !socket\n  type: dgram\n  bind: /tmp/a.sock # unix\n");
    s.run(c -> c.setSocketAddress(NodePath.of(0), SocketMode.CONNECT, "localhost:53"));
    assertThat(s.text)
        .isEqualTo(HEAD + "s: !socket\n  type: dgram\n  connect: localhost:53 # unix\n");
  }

  @Test
  void aBadAddressIsRefusedWithTheRunnersMessage() {
    assertThat(TreeCommands.checkAddress("0.0.0.0"))
        .hasValueSatisfying(m -> assertThat(m).contains("port"));
    assertThat(TreeCommands.checkAddress("[::1]:80")).isEmpty();
    assertThatThrownBy(
            () ->
                new Session(HEAD + "s: !socket {bind: a:1}\n")
                    .run(c -> c.setSocketAddress(NodePath.of(0), SocketMode.BIND, "a:99999")))
        .hasMessageContaining("invalid port number 99999");
  }

  @Test
  void fileRightsAreWrittenAsAListAndRemovedWhenEmpty() throws Exception {
    Session s = new Session(HEAD + "f: !file {path: /srv}\n");
    s.run(c -> c.setFileRights(NodePath.of(0), List.of("fd_read", "file_open")));
    assertThat(s.text).endsWith("f: !file {path: /srv, rights: [fd_read, file_open]}\n");
    s.run(c -> c.setFileRights(NodePath.of(0), List.of()));
    assertThat(s.text).endsWith("f: !file {path: /srv}\n");
    assertThatThrownBy(() -> s.run(c -> c.setFileRights(NodePath.of(0), List.of("fly"))))
        .hasMessageContaining("'fly'");
  }

  @Test
  void changingTheKindReplacesTheValueWithTheKindsTemplate() throws Exception {
    Session s = new Session("a: 1\n");
    s.run(c -> c.changeKind(NodePath.of(0), NodeKind.SEQ));
    assertThat(s.text).isEqualTo("a: []\n");
  }

  @Test
  void aValueThatIsNotOfTheChosenKindChangesNothing() {
    Session s = new Session("a: 1\n");
    assertThatThrownBy(() -> s.run(c -> c.setScalar(NodePath.of(0), NodeKind.INT, "one")))
        .hasMessageContaining("'one'");
    assertThat(s.text).isEqualTo("a: 1\n");
  }

  @Test
  void movingAndRemovingSelectTheMovedNodeAndTheParent() throws Exception {
    Session s = new Session("a: 1\nb: 2\nc: 3\n");
    s.run(c -> c.move(NodePath.of(2), 0));
    assertThat(s.text).isEqualTo("c: 3\na: 1\nb: 2\n");
    assertThat(s.selected).isEqualTo(NodePath.of(0));
    s.run(c -> c.remove(NodePath.of(1)));
    assertThat(s.text).isEqualTo("c: 3\nb: 2\n");
    assertThat(s.selected).isEqualTo(NodePath.ROOT);
  }
}
