package dev.cloudabi.emulator.cpu;

/** A CPU register in our own vocabulary; the Unicorn binding maps it to its ids. */
public sealed interface Register permits X86Register, ArmRegister, Arm64Register {
  /** Register name as shown in crash reports. */
  String displayName();

  /** Width in bytes of the value read or written. */
  int width();
}
