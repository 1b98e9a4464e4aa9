package dev.cloudabi.runner.config;

import dev.cloudabi.argdata.ArgdataValue;

/** Turns one explicitly tagged YAML node into Argdata (yaml2argdata's factories, one per tag). */
@FunctionalInterface
public interface TagHandler {
  ArgdataValue convert(YamlNode node, ArgdataComposer composer) throws ConfigException;
}
