package dev.cloudabi.designer.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.runner.config.ConfigException;
import org.junit.jupiter.api.Test;

class TreeReaderTest {
  private static final String WEB =
      "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n"
          + "http_socket: !socket\n    type: stream # kind\n    bind: 0.0.0.0:8080\n"
          + "# a comment\n"
          + "html_message: <marquee>Hello, world!</marquee>\n";

  @Test
  void blockCollectionsEndAtTheirLastValueNotAtTheNextKey() throws Exception {
    ConfigTree tree = new TreeReader("web.yaml").read(WEB);
    TreeNode socket = tree.node(NodePath.of(0));
    assertThat(socket.kind()).isEqualTo(NodeKind.SOCKET);
    assertThat(socket.flow()).isFalse();
    assertThat(socket.text(WEB))
        .isEqualTo("!socket\n    type: stream # kind\n    bind: 0.0.0.0:8080");
    assertThat(socket.key().orElseThrow().text()).isEqualTo("http_socket");
  }

  @Test
  void anEntryExtendsOverTheCommentOnItsLine() throws Exception {
    ConfigTree tree = new TreeReader("web.yaml").read(WEB);
    TreeNode type = tree.node(NodePath.of(0, 0));
    assertThat(WEB.substring(type.entryStart(), type.entryEnd())).isEqualTo("type: stream # kind");
  }

  @Test
  void theDirectiveAndDocumentStartAreFound() throws Exception {
    ConfigTree tree = new TreeReader("web.yaml").read(WEB);
    assertThat(tree.hasCloudabiDirective()).isTrue();
    assertThat(WEB.substring(0, tree.documentStart())).endsWith("---");
    assertThat(new TreeReader("x").read("a: 1\n").hasCloudabiDirective()).isFalse();
  }

  @Test
  void scalarsAreTypedAsTheLauncherTypesThem() throws Exception {
    String text = "[yes, 0x10, 1.5, ~, 2017-01-01, hi, \"yes\", !!binary AQ==, !fd stdout]";
    ConfigTree tree = new TreeReader("t").read(text);
    assertThat(tree.root().children())
        .extracting(TreeNode::kind)
        .containsExactly(
            NodeKind.BOOL,
            NodeKind.INT,
            NodeKind.FLOAT,
            NodeKind.NULL,
            NodeKind.TIMESTAMP,
            NodeKind.STRING,
            NodeKind.STRING,
            NodeKind.BINARY,
            NodeKind.UNKNOWN);
    assertThat(tree.root().flow()).isTrue();
  }

  @Test
  void blockSequenceItemsStartAtTheirDash() throws Exception {
    String text = "path:\n  - !file {path: /a}\n  - b\n";
    TreeNode item = new TreeReader("t").read(text).node(NodePath.of(0, 1));
    assertThat(text.substring(item.entryStart(), item.entryEnd())).isEqualTo("- b");
  }

  @Test
  void theCaretFindsTheDeepestNode() throws Exception {
    ConfigTree tree = new TreeReader("web.yaml").read(WEB);
    assertThat(tree.nodeAt(WEB.indexOf("0.0.0.0")).path()).isEqualTo(NodePath.of(0, 1));
    assertThat(tree.nodeAt(WEB.indexOf("marquee")).path()).isEqualTo(NodePath.of(1));
  }

  @Test
  void malformedYamlFailsWithTheRunnersPosition() {
    assertThatThrownBy(() -> new TreeReader("bad.yaml").read("a: [1, 2\nb: 3\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("bad.yaml:");
  }
}
