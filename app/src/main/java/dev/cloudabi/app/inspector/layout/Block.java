package dev.cloudabi.app.inspector.layout;

import dev.cloudabi.app.binary.ByteRange;
import java.util.Optional;

/**
 * One bar of the memory-layout picture.
 *
 * @param start where it starts, as a fraction of its lane's span
 * @param width its size, as a fraction of its lane's span
 * @param segment whether it is a segment (else a section)
 * @param bytes the file bytes it stands for, if it has any
 */
public record Block(
    String label,
    String detail,
    double start,
    double width,
    boolean segment,
    Optional<ByteRange> bytes) {}
