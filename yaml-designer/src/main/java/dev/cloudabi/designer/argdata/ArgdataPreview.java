package dev.cloudabi.designer.argdata;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.argdata.ArgdataFormatException;
import dev.cloudabi.argdata.ArgdataReader;
import dev.cloudabi.argdata.MapIterator;
import dev.cloudabi.argdata.SeqIterator;
import dev.cloudabi.designer.tree.ConfigTree;
import dev.cloudabi.designer.tree.NodeKind;
import dev.cloudabi.designer.tree.NodePath;
import dev.cloudabi.designer.tree.TreeNode;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.DescriptorSpec;
import dev.cloudabi.runner.config.LaunchConfig;
import dev.cloudabi.runner.config.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the program receives for a configuration: the Argdata bytes exactly as the launcher encodes
 * them, where each tree node's value (and a mapping entry's key) lies in those bytes, and the
 * descriptor table after renumbering.
 */
public final class ArgdataPreview {
  private final byte[] bytes;
  private final Map<NodePath, ByteSpan> values;
  private final Map<NodePath, ByteSpan> keys;
  private final List<DescriptorRow> descriptors;

  private ArgdataPreview(
      byte[] bytes,
      Map<NodePath, ByteSpan> values,
      Map<NodePath, ByteSpan> keys,
      List<DescriptorRow> descriptors) {
    this.bytes = bytes;
    // Not Map.copyOf: its linear probing turns the runs of neighbouring NodePath hashes (/0, /1,
    // /2, ...) into long probe chains, which made this quadratic (2 s for 12000 entries).
    this.values = Collections.unmodifiableMap(values);
    this.keys = Collections.unmodifiableMap(keys);
    this.descriptors = List.copyOf(descriptors);
  }

  /**
   * @param config the runner's parse of {@code tree}'s text
   * @param baseDir where relative {@code !file} paths are looked up for the descriptor table
   * @throws ConfigException when a {@code !file} names an unknown right
   */
  public static ArgdataPreview of(ConfigTree tree, LaunchConfig config, Path baseDir)
      throws ConfigException {
    byte[] bytes = Argdata.encode(config.argdata());
    Map<NodePath, ByteSpan> values = new HashMap<>();
    Map<NodePath, ByteSpan> keys = new HashMap<>();
    try {
      locate(tree.root(), ArgdataReader.of(bytes), values, keys);
    } catch (ArgdataFormatException | IllegalStateException | IndexOutOfBoundsException e) {
      // The launcher's own bytes always decode; a mismatch only costs the highlighting.
      values.clear();
      keys.clear();
    }
    List<DescriptorRow> rows = new ArrayList<>();
    List<DescriptorSpec> specs = config.descriptors();
    Map<SourcePosition, NodePath> byPosition = new HashMap<>();
    for (TreeNode node : tree.nodes()) {
      byPosition.putIfAbsent(node.yaml().position(), node.path());
    }
    for (int fd = 0; fd < specs.size(); fd++) {
      DescriptorSpec spec = specs.get(fd);
      rows.add(
          new DescriptorRow(
              fd,
              PlannedRights.capability(spec),
              PlannedRights.host(spec, baseDir),
              PlannedRights.hostNote(spec, baseDir),
              PlannedRights.of(spec, baseDir),
              Optional.ofNullable(byPosition.get(spec.position()))));
    }
    return new ArgdataPreview(bytes, values, keys, rows);
  }

  private static void locate(
      TreeNode node,
      ArgdataReader reader,
      Map<NodePath, ByteSpan> values,
      Map<NodePath, ByteSpan> keys)
      throws ArgdataFormatException {
    values.put(node.path(), span(reader));
    if (node.kind() == NodeKind.MAP) {
      MapIterator it = reader.mapIterator();
      for (TreeNode child : node.children()) {
        if (!it.next()) {
          throw new IllegalStateException("fewer entries than the tree");
        }
        keys.put(child.path(), span(it.key()));
        locate(child, it.value(), values, keys);
      }
    } else if (node.kind() == NodeKind.SEQ) {
      SeqIterator it = reader.seqIterator();
      for (TreeNode child : node.children()) {
        if (!it.next()) {
          throw new IllegalStateException("fewer items than the tree");
        }
        locate(child, it.value(), values, keys);
      }
    }
  }

  private static ByteSpan span(ArgdataReader reader) {
    return new ByteSpan((int) reader.offset(), (int) reader.length());
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  /** The bytes in rows of {@link HexRow#WIDTH}. */
  public List<HexRow> rows() {
    List<HexRow> rows = new ArrayList<>();
    for (int at = 0; at < bytes.length; at += HexRow.WIDTH) {
      rows.add(
          new HexRow(at, Arrays.copyOfRange(bytes, at, Math.min(at + HexRow.WIDTH, bytes.length))));
    }
    return rows;
  }

  /** Where the encoded value of the node at {@code path} lies. */
  public Optional<ByteSpan> valueSpan(NodePath path) {
    return Optional.ofNullable(values.get(path));
  }

  /** Where the encoded key of the mapping entry at {@code path} lies. */
  public Optional<ByteSpan> keySpan(NodePath path) {
    return Optional.ofNullable(keys.get(path));
  }

  public List<DescriptorRow> descriptors() {
    return descriptors;
  }
}
