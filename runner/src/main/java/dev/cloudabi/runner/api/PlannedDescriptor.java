package dev.cloudabi.runner.api;

import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.runner.config.DescriptorSpec;

/** Guest descriptor {@code guestFd}: what the configuration asked for and what was opened. */
public record PlannedDescriptor(int guestFd, DescriptorSpec spec, InjectedFd fd) {}
