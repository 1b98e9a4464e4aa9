package dev.cloudabi.emulator.fd;

/**
 * Which timestamps {@code file_stat_fput}/{@code file_stat_put} change; {@code _NOW} requests are
 * already resolved to the guest clock's time by the handler.
 */
public record TimeUpdate(boolean setAccess, long access, boolean setModify, long modify) {}
