package dev.cloudabi.app.services;

import dev.cloudabi.app.tasks.BackgroundTasks;

/**
 * The application services the view models are built with (constructor injection; there is no
 * static injector).
 */
public record Services(
    BackgroundTasks tasks, DisassemblerService disassembler, EmulatorSyscalls emulatorSyscalls) {}
