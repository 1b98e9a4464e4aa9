package dev.cloudabi.emulator.loader;

/** A function or object symbol of the executable at its run-time address (for crash reports). */
public record GuestSymbol(String name, long address, long size) {}
