package dev.cloudabi.emulator.fd;

import dev.cloudabi.emulator.abi.FileType;

/** One name in a directory listing ({@code dirent} without the cookie). */
public record DirEntry(String name, long inode, FileType type) {}
