package dev.cloudabi.designer.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.designer.tree.ConfigTree;
import dev.cloudabi.designer.tree.NodePath;
import dev.cloudabi.designer.tree.TreeReader;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TreeEditorTest {
  private static final String HEAD = "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n";

  private static String edit(
      String text, Function<TreeEditor, dev.cloudabi.designer.text.TextEdit> change)
      throws Exception {
    ConfigTree tree = new TreeReader("test").read(text);
    String result = change.apply(new TreeEditor(tree)).applyTo(text);
    new TreeReader("result").read(result); // every edit leaves a parseable text
    return result;
  }

  @Test
  void appendingToABlockMappingAddsALineAtTheSiblingsIndentation() throws Exception {
    String text = HEAD + "a: 1 # one\nnested:\n  x: 1\n# trailing comment\n";
    assertThat(edit(text, e -> e.insert(NodePath.of(1), 1, Optional.of("y"), "two")))
        .isEqualTo(HEAD + "a: 1 # one\nnested:\n  x: 1\n  y: two\n# trailing comment\n");
  }

  @Test
  void appendingAfterAnEntryWithACommentKeepsTheCommentOnItsLine() throws Exception {
    String text = HEAD + "a: 1 # one\n";
    assertThat(edit(text, e -> e.insert(NodePath.ROOT, 1, Optional.of("b"), "2")))
        .isEqualTo(HEAD + "a: 1 # one\nb: 2\n");
  }

  @Test
  void insertingBeforeTheFirstEntryOfACompactSequenceItemKeepsItCompact() throws Exception {
    String text = "- a: 1\n  b: 2\n";
    assertThat(edit(text, e -> e.insert(NodePath.of(0), 0, Optional.of("z"), "0")))
        .isEqualTo("- z: 0\n  a: 1\n  b: 2\n");
  }

  @Test
  void appendingToAFlowMappingUsesACommaSeparatedEntry() throws Exception {
    String text = "s: !socket {type: stream}\n";
    assertThat(edit(text, e -> e.insert(NodePath.of(0), 1, Optional.of("bind"), "\"[::1]:80\"")))
        .isEqualTo("s: !socket {type: stream, bind: \"[::1]:80\"}\n");
  }

  @Test
  void theFirstChildOfAnEmptyMapInBlockContextOpensABlock() throws Exception {
    String text = HEAD + "args: {}\n";
    assertThat(edit(text, e -> e.insert(NodePath.of(0), 0, Optional.of("terminal"), "!fd stdout")))
        .isEqualTo(HEAD + "args:\n  terminal: !fd stdout\n");
  }

  @Test
  void theFirstChildOfAnEmptyRootBecomesTheFirstLine() throws Exception {
    assertThat(edit(HEAD + "{}\n", e -> e.insert(NodePath.ROOT, 0, Optional.of("k"), "v")))
        .isEqualTo(HEAD + "k: v\n");
    assertThat(edit(HEAD + "path: []\n", e -> e.insert(NodePath.of(0), 0, Optional.empty(), "x")))
        .isEqualTo(HEAD + "path:\n  - x\n");
  }

  @Test
  void anEmptyCollectionInsideAFlowCollectionStaysFlow() throws Exception {
    assertThat(edit("a: [1, {}]\n", e -> e.insert(NodePath.of(0, 1), 0, Optional.of("k"), "v")))
        .isEqualTo("a: [1, {k: v}]\n");
  }

  @Test
  void aCapabilityInADocumentWithoutTheDirectiveAddsItInTheSameEdit() throws Exception {
    assertThat(edit("a: 1\n", e -> e.insert(NodePath.ROOT, 1, Optional.of("out"), "!fd stdout")))
        .isEqualTo(HEAD + "a: 1\nout: !fd stdout\n");
    assertThat(edit("---\na: 1\n", e -> e.setValue(NodePath.of(0), "!executable")))
        .isEqualTo("%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\na: !executable\n");
  }

  @Test
  void settingAScalarReplacesOnlyItsText() throws Exception {
    String text = HEAD + "# head\nport: 80 # the port\nhost: x\n";
    assertThat(edit(text, e -> e.setValue(NodePath.of(0), "8080")))
        .isEqualTo(HEAD + "# head\nport: 8080 # the port\nhost: x\n");
  }

  @Test
  void replacingABlockCollectionWithAScalarJoinsItToTheKey() throws Exception {
    String text = HEAD + "s: !socket\n    type: stream\n    bind: a:1\n# c\nnext: 1\n";
    assertThat(edit(text, e -> e.setValue(NodePath.of(0), "!fd stderr")))
        .isEqualTo(HEAD + "s: !fd stderr\n# c\nnext: 1\n");
  }

  @Test
  void settingAnEmptyValueWritesItAfterTheColon() throws Exception {
    assertThat(edit("a:\nb: 2\n", e -> e.setValue(NodePath.of(0), "1"))).isEqualTo("a: 1\nb: 2\n");
  }

  @Test
  void renamingAKeyKeepsItsValueAndComment() throws Exception {
    assertThat(edit("old: 1 # c\n", e -> e.renameKey(NodePath.of(0), "new")))
        .isEqualTo("new: 1 # c\n");
  }

  @Test
  void removingABlockEntryRemovesItsLineWithItsComment() throws Exception {
    String text = "a: 1\nb: 2 # bee\nc: 3\n";
    assertThat(edit(text, e -> e.remove(NodePath.of(1)))).isEqualTo("a: 1\nc: 3\n");
    assertThat(edit("a: 1\nb: 2", e -> e.remove(NodePath.of(1)))).isEqualTo("a: 1");
  }

  @Test
  void removingAMultiLineEntryRemovesAllOfIt() throws Exception {
    String text = "a:\n  x: 1\n  y: 2\nb: 3\n";
    assertThat(edit(text, e -> e.remove(NodePath.of(0)))).isEqualTo("b: 3\n");
  }

  @Test
  void removingFromAFlowCollectionTakesTheCommaAlong() throws Exception {
    assertThat(edit("[1, 2, 3]", e -> e.remove(NodePath.of(0)))).isEqualTo("[2, 3]");
    assertThat(edit("[1, 2, 3]", e -> e.remove(NodePath.of(2)))).isEqualTo("[1, 2]");
  }

  @Test
  void removingTheLastChildLeavesAnEmptyCollectionAndKeepsTheTag() throws Exception {
    assertThat(edit("a:\n  x: 1\nb: 2\n", e -> e.remove(NodePath.of(0, 0))))
        .isEqualTo("a: {}\nb: 2\n");
    assertThat(edit(HEAD + "s: !socket\n  type: stream\n", e -> e.remove(NodePath.of(0, 0))))
        .isEqualTo(HEAD + "s: !socket {}\n");
    assertThat(edit("[1]", e -> e.remove(NodePath.of(0)))).isEqualTo("[]");
    assertThat(edit("only: 1\n", e -> e.remove(NodePath.of(0)))).isEqualTo("{}\n");
  }

  @Test
  void removingTheFirstEntryOfACompactItemPullsTheNextOneUp() throws Exception {
    assertThat(edit("- a: 1\n  b: 2\n", e -> e.remove(NodePath.of(0, 0)))).isEqualTo("- b: 2\n");
  }

  @Test
  void movingAnEntryKeepsSeparatorsAndComments() throws Exception {
    String text = "a: 1 # first\n# between\nb:\n  x: 1\nc: 3\n";
    assertThat(edit(text, e -> e.move(NodePath.of(0), 2)))
        .isEqualTo("b:\n  x: 1\n# between\nc: 3\na: 1 # first\n");
  }

  @Test
  void movingWithinAFlowSequenceSwapsItems() throws Exception {
    assertThat(edit("[a, b, c]", e -> e.move(NodePath.of(2), 0))).isEqualTo("[c, a, b]");
  }
}
