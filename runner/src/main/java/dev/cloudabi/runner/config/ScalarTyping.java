package dev.cloudabi.runner.config;

import dev.cloudabi.argdata.ArgdataValue;
import dev.cloudabi.argdata.BoolValue;
import dev.cloudabi.argdata.FloatValue;
import dev.cloudabi.argdata.IntValue;
import dev.cloudabi.argdata.NullValue;
import dev.cloudabi.argdata.StrValue;
import dev.cloudabi.argdata.TimestampValue;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalDouble;

/** Types untagged scalars: quoted ones are strings, plain ones follow §14.2's order. */
final class ScalarTyping {
  private ScalarTyping() {}

  static ArgdataValue typePlainOrQuoted(YamlNode.Scalar scalar) throws ConfigException {
    String text = scalar.value();
    if (!scalar.plain()) {
      return string(scalar);
    }
    Optional<Boolean> bool = CScalars.parseBool(text);
    if (bool.isPresent()) {
      return BoolValue.of(bool.get());
    }
    Optional<BigInteger> integer = CScalars.parseInt(text);
    if (integer.isPresent()) {
      return IntValue.of(integer.get());
    }
    OptionalDouble real = CScalars.parseFloat(text);
    if (real.isPresent()) {
      return FloatValue.of(real.getAsDouble());
    }
    if (CScalars.isNull(text)) {
      return NullValue.INSTANCE;
    }
    Optional<BigInteger> timestamp = CScalars.parseTimestamp(text);
    if (timestamp.isPresent()) {
      return new TimestampValue(timestamp.get());
    }
    return string(scalar);
  }

  static StrValue string(YamlNode.Scalar scalar) throws ConfigException {
    try {
      return new StrValue(scalar.value());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(scalar.position(), "Invalid string: " + e.getMessage());
    }
  }
}
