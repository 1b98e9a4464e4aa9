package dev.cloudabi.elf.constants;

/** One named value of an ELF field: {@code 62 / EM_X86_64 / "AMD x86-64"}. */
public record ElfConstant(long value, String name, String description) {}
