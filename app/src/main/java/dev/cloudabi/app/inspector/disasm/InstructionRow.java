package dev.cloudabi.app.inspector.disasm;

import dev.cloudabi.app.binary.ByteRange;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of a listing.
 *
 * @param target the destination of a direct branch or call
 * @param targetName the symbol at or before the target, as {@code name+0x10}
 * @param bytes where the instruction sits in the file
 */
public record InstructionRow(
    long address,
    String hex,
    String mnemonic,
    String operands,
    OptionalLong target,
    String targetName,
    Optional<ByteRange> bytes) {}
