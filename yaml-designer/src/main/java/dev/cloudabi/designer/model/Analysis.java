package dev.cloudabi.designer.model;

import dev.cloudabi.designer.argdata.ArgdataPreview;
import dev.cloudabi.designer.hints.KeyHints;
import dev.cloudabi.designer.hints.UnnamedGrants;
import dev.cloudabi.designer.tree.ConfigTree;
import dev.cloudabi.designer.tree.TreeReader;
import dev.cloudabi.runner.api.Launcher;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.LaunchConfig;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the three panes show for one text, computed by a pure function of it: the tree (the
 * new parse, or the last good one marked stale while the YAML is malformed), the diagnostics, and
 * the Argdata preview when the launcher accepts the configuration.
 *
 * @param tree empty only when no version of the text has ever parsed
 * @param stale whether {@code tree} belongs to an earlier text
 */
public record Analysis(
    String text,
    Optional<ConfigTree> tree,
    boolean stale,
    List<Diagnostic> diagnostics,
    Optional<ArgdataPreview> preview) {
  public Analysis {
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * @param previous the tree to keep if {@code text} is not valid YAML
   * @param baseDir where relative {@code !file} paths are looked up
   */
  public static Analysis of(
      String sourceName, String text, Optional<ConfigTree> previous, KeyHints hints, Path baseDir) {
    ConfigTree tree;
    try {
      tree = new TreeReader(sourceName).read(text);
    } catch (ConfigException e) {
      return new Analysis(
          text,
          previous,
          previous.isPresent(),
          List.of(Diagnostic.error(e.diagnostic(), text)),
          Optional.empty());
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<ArgdataPreview> preview = Optional.empty();
    try {
      LaunchConfig config = Launcher.parse(sourceName, new StringReader(text));
      preview = Optional.of(ArgdataPreview.of(tree, config, baseDir));
    } catch (ConfigException e) {
      diagnostics.add(Diagnostic.error(e.diagnostic(), text));
    }
    diagnostics.addAll(UnnamedGrants.of(tree, hints));
    return new Analysis(text, Optional.of(tree), false, diagnostics, preview);
  }

  /** The first error, if the launcher would refuse this text. */
  public Optional<Diagnostic> error() {
    return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).findFirst();
  }
}
