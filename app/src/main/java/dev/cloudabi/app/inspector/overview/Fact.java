package dev.cloudabi.app.inspector.overview;

import dev.cloudabi.app.binary.ByteRange;
import java.util.Optional;

/** One line of the overview: a name, its value, and the bytes it comes from. */
public record Fact(String name, String value, Optional<ByteRange> bytes) {}
