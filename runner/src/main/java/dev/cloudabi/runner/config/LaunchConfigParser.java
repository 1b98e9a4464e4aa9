package dev.cloudabi.runner.config;

import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/** Reads a {@code cloudabi-run} YAML configuration into a {@link LaunchConfig}. */
public final class LaunchConfigParser {
  private LaunchConfigParser() {}

  /**
   * @param sourceName the name errors are prefixed with, e.g. {@code config.yaml} or {@code stdin}
   */
  public static LaunchConfig parse(String sourceName, Reader text) throws ConfigException {
    YamlNode root = new YamlDocumentReader(sourceName).read(text);
    DescriptorNumbering numbering = new DescriptorNumbering();
    Map<String, TagHandler> handlers = CoreTagHandlers.register(new HashMap<>());
    LaunchTagHandlers.register(handlers, numbering);
    var argdata = new ArgdataComposer(handlers).compose(root);
    return new LaunchConfig(argdata, numbering.descriptors());
  }
}
