package dev.cloudabi.emulator.fd;

/**
 * A directory capability; paths are resolved beneath it by the file system calls (a later issue).
 */
public non-sealed interface DirectoryObject extends GuestObject {}
