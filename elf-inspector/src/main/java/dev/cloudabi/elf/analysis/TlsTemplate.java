package dev.cloudabi.elf.analysis;

/**
 * The {@code PT_TLS} initialisation image: {@code filesz} bytes copied from {@code vaddr}, then
 * zeros up to {@code memsz}, aligned to {@code align}.
 */
public record TlsTemplate(long vaddr, long filesz, long memsz, long align, long fileOffset) {}
