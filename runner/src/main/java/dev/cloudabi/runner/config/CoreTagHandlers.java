package dev.cloudabi.runner.config;

import dev.cloudabi.argdata.BinaryValue;
import dev.cloudabi.argdata.BoolValue;
import dev.cloudabi.argdata.FloatValue;
import dev.cloudabi.argdata.IntValue;
import dev.cloudabi.argdata.NullValue;
import dev.cloudabi.argdata.TimestampValue;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Handlers for YAML's own tags: {@code !!str}, {@code !!int}, {@code !!binary}, {@code !!map}, …
 */
public final class CoreTagHandlers {
  private static final Pattern FLOAT_BITS = Pattern.compile("0x[0-9a-fA-F]{16}");

  private CoreTagHandlers() {}

  /** Adds the core handlers to {@code handlers} and returns it. */
  public static Map<String, TagHandler> register(Map<String, TagHandler> handlers) {
    handlers.put(Tags.YAML + "str", (node, c) -> ScalarTyping.string(scalar(node, "str")));
    handlers.put(Tags.YAML + "null", (node, c) -> nullValue(scalar(node, "null")));
    handlers.put(Tags.YAML + "bool", (node, c) -> bool(scalar(node, "bool")));
    handlers.put(Tags.YAML + "int", (node, c) -> integer(scalar(node, "int")));
    handlers.put(Tags.YAML + "float", (node, c) -> real(scalar(node, "float")));
    handlers.put(Tags.YAML + "timestamp", (node, c) -> timestamp(scalar(node, "timestamp")));
    handlers.put(Tags.YAML + "binary", (node, c) -> binary(scalar(node, "binary")));
    handlers.put(Tags.YAML + "map", (node, c) -> c.composeMapping(mapping(node)));
    handlers.put(Tags.YAML + "seq", (node, c) -> c.composeSequence(sequence(node)));
    return handlers;
  }

  private static NullValue nullValue(YamlNode.Scalar scalar) {
    return NullValue.INSTANCE;
  }

  private static BoolValue bool(YamlNode.Scalar scalar) throws ConfigException {
    Optional<Boolean> value = CScalars.parseBool(scalar.value());
    if (value.isEmpty()) {
      throw invalid(scalar, "bool");
    }
    return BoolValue.of(value.get());
  }

  private static IntValue integer(YamlNode.Scalar scalar) throws ConfigException {
    return IntValue.of(CScalars.parseInt(scalar.value()).orElseThrow(() -> invalid(scalar, "int")));
  }

  private static FloatValue real(YamlNode.Scalar scalar) throws ConfigException {
    // The Argdata text form writes NaNs with a payload as their 64-bit pattern (argdata/README.md).
    if (FLOAT_BITS.matcher(scalar.value()).matches()) {
      return new FloatValue(Long.parseUnsignedLong(scalar.value().substring(2), 16));
    }
    OptionalDouble value = CScalars.parseFloat(scalar.value());
    if (value.isPresent()) {
      return FloatValue.of(value.getAsDouble());
    }
    throw invalid(scalar, "float");
  }

  private static TimestampValue timestamp(YamlNode.Scalar scalar) throws ConfigException {
    var nanos = CScalars.parseTimestamp(scalar.value());
    if (nanos.isPresent()) {
      return new TimestampValue(nanos.get());
    }
    // The Argdata text form writes instants outside the ISO calendar range as nanoseconds.
    var raw = CScalars.parseInt(scalar.value());
    if (raw.isPresent()) {
      return new TimestampValue(raw.get());
    }
    throw invalid(scalar, "timestamp");
  }

  /** Base64; characters outside the alphabet (line breaks, spaces) are skipped, as upstream. */
  private static BinaryValue binary(YamlNode.Scalar scalar) throws ConfigException {
    try {
      return new BinaryValue(Base64.getMimeDecoder().decode(scalar.value()));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(scalar.position(), "Invalid binary value: " + e.getMessage());
    }
  }

  private static ConfigException invalid(YamlNode.Scalar scalar, String type) {
    return new ConfigException(scalar.position(), "Invalid " + type + " value: " + scalar.value());
  }

  static YamlNode.Scalar scalar(YamlNode node, String what) throws ConfigException {
    if (node instanceof YamlNode.Scalar scalar) {
      return scalar;
    }
    throw new ConfigException(node.position(), subject(node, what) + " must be a scalar");
  }

  static YamlNode.Mapping mapping(YamlNode node) throws ConfigException {
    if (node instanceof YamlNode.Mapping mapping) {
      return mapping;
    }
    throw new ConfigException(node.position(), subject(node, "the value") + " must be a mapping");
  }

  static YamlNode.Sequence sequence(YamlNode node) throws ConfigException {
    if (node instanceof YamlNode.Sequence sequence) {
      return sequence;
    }
    throw new ConfigException(node.position(), subject(node, "the value") + " must be a sequence");
  }

  private static String subject(YamlNode node, String what) {
    return node.tag() != null
        ? "The value of " + Tags.shortForm(node.tag())
        : "The value of " + what;
  }
}
