package dev.cloudabi.emulator.fd;

import dev.cloudabi.emulator.abi.FileType;

/**
 * What {@code file_stat_*get} reports (ABI §7.3 {@code filestat}); timestamps in nanoseconds since
 * 1970.
 */
public record FileStat(
    long device,
    long inode,
    FileType type,
    long linkCount,
    long size,
    long accessTime,
    long modifyTime,
    long changeTime) {}
