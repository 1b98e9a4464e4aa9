package dev.cloudabi.runner.config;

import dev.cloudabi.argdata.ArgdataValue;
import dev.cloudabi.argdata.FdValue;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the Argdata text form (argdata/README.md): the launch dialect's scalars and YAML tags, but
 * {@code !fd N} is the descriptor number itself rather than a launcher descriptor to renumber.
 */
public final class TextFormTagHandlers {
  private TextFormTagHandlers() {}

  public static ArgdataValue parse(String sourceName, Reader text) throws ConfigException {
    YamlNode root = new YamlDocumentReader(sourceName).read(text);
    Map<String, TagHandler> handlers = CoreTagHandlers.register(new HashMap<>());
    handlers.put(
        Tags.CLOUDABI + "fd", (node, c) -> new FdValue(LaunchTagHandlers.inherited(node).hostFd()));
    return new ArgdataComposer(handlers).compose(root);
  }
}
