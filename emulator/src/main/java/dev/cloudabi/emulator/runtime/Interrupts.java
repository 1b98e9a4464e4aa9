package dev.cloudabi.emulator.runtime;

import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.unicorn.EngineStop;

/** Names of the CPU exceptions Unicorn reports through the interrupt hook. */
final class Interrupts {
  private Interrupts() {}

  static String describe(Arch arch, int number) {
    return switch (arch) {
      case X86_64, I686 ->
          switch (number) {
            case 0 -> "divide error";
            case 3 -> "breakpoint (int3)";
            case 6 -> "invalid instruction";
            case 13 -> "general protection fault";
            case 14 -> "page fault";
            case 17 -> "misaligned access (alignment check)";
            case 0x80 -> "raw system call (int $0x80): CloudABI programs must use the vDSO";
            default -> "CPU exception " + number;
          };
      case ARMV6, AARCH64 ->
          switch (number) {
            case 1 -> "invalid instruction";
            case 2 -> "raw system call (svc): CloudABI programs must use the vDSO";
            case 3 -> "prefetch abort";
            case 4 -> "data abort (misaligned or invalid access)";
            case 7 -> "breakpoint";
            default -> "CPU exception " + number;
          };
    };
  }

  /** Whether an exception is an ARM data abort, which Unicorn reports without its address. */
  static boolean isDataAbort(Arch arch, int number) {
    return (arch == Arch.ARMV6 || arch == Arch.AARCH64) && number == 4;
  }

  /** The signal a kernel would deliver for a CPU exception. */
  static Signal signalOf(Arch arch, int number) {
    return switch (arch) {
      case X86_64, I686 ->
          switch (number) {
            case 0 -> Signal.SIGFPE;
            case 3 -> Signal.SIGTRAP;
            case 6 -> Signal.SIGILL;
            case 17 -> Signal.SIGBUS;
            case 0x80 -> Signal.SIGSYS;
            default -> Signal.SIGSEGV;
          };
      case ARMV6, AARCH64 ->
          switch (number) {
            case 1 -> Signal.SIGILL;
            case 2 -> Signal.SIGSYS;
            case 4 -> Signal.SIGBUS;
            case 7 -> Signal.SIGTRAP;
            default -> Signal.SIGSEGV;
          };
    };
  }

  /** The signal for a fault Unicorn reports as an error. */
  static Signal signalOf(EngineStop stop) {
    return switch (stop) {
      case INVALID_INSTRUCTION -> Signal.SIGILL;
      case READ_UNALIGNED, WRITE_UNALIGNED, FETCH_UNALIGNED -> Signal.SIGBUS;
      default -> Signal.SIGSEGV;
    };
  }
}
