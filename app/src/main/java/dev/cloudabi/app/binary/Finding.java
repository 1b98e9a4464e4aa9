package dev.cloudabi.app.binary;

import dev.cloudabi.elf.analysis.Severity;
import java.util.Optional;

/**
 * One finding about a binary as the overview lists it: a CloudABI analysis finding or a parser
 * diagnostic.
 *
 * @param evidence the bytes that show it (a header field, a program header field), if known
 */
public record Finding(
    Severity severity, String code, String message, String where, Optional<ByteRange> evidence) {}
