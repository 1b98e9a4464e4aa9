package dev.cloudabi.runner.api;

import dev.cloudabi.emulator.ExitStatus;
import dev.cloudabi.emulator.abi.Signal;

/**
 * The exit status of {@code cloudabi-run} for each way a run ends, as upstream's launcher has it:
 * the guest's own code, 128 + the POSIX number of a terminating signal, 127 when nothing ran.
 */
public final class ExitCodes {
  /** Any error before the guest starts (upstream's value). */
  public static final int LAUNCH_FAILURE = 127;

  private ExitCodes() {}

  public static int of(ExitStatus status) {
    return switch (status) {
      case ExitStatus.Exited e -> (int) (e.code() & 0xFF);
      case ExitStatus.Signaled s -> 128 + posixNumber(s.signal());
      case ExitStatus.Crashed c -> 128 + posixNumber(crashSignal(c));
      case ExitStatus.TimedOut t -> 128 + posixNumber(Signal.SIGKILL);
      case ExitStatus.Stopped s -> 128 + posixNumber(Signal.SIGTERM);
      case ExitStatus.BudgetExhausted b -> 128 + posixNumber(Signal.SIGXCPU);
      case ExitStatus.FailedToStart f -> LAUNCH_FAILURE;
    };
  }

  /** The signal that ended the run, if one did (for the "terminated by SIGxxx" line). */
  public static java.util.Optional<Signal> signal(ExitStatus status) {
    return switch (status) {
      case ExitStatus.Signaled s -> java.util.Optional.of(s.signal());
      case ExitStatus.Crashed c -> java.util.Optional.of(crashSignal(c));
      default -> java.util.Optional.empty();
    };
  }

  /** The signal a native process would have died of for this fault. */
  static Signal crashSignal(ExitStatus.Crashed crash) {
    String reason = crash.report().reason().toLowerCase(java.util.Locale.ROOT);
    if (reason.contains("instruction") && !reason.contains("fetch")) {
      return Signal.SIGILL;
    }
    if (reason.contains("misaligned") || reason.contains("alignment")) {
      return Signal.SIGBUS;
    }
    return Signal.SIGSEGV;
  }

  /** Linux's numbering, which is what a shell shows as 128 + n. */
  public static int posixNumber(Signal signal) {
    return switch (signal) {
      case SIGHUP -> 1;
      case SIGINT -> 2;
      case SIGQUIT -> 3;
      case SIGILL -> 4;
      case SIGTRAP -> 5;
      case SIGABRT -> 6;
      case SIGBUS -> 7;
      case SIGFPE -> 8;
      case SIGKILL -> 9;
      case SIGUSR1 -> 10;
      case SIGSEGV -> 11;
      case SIGUSR2 -> 12;
      case SIGPIPE -> 13;
      case SIGALRM -> 14;
      case SIGTERM -> 15;
      case SIGCHLD -> 17;
      case SIGCONT -> 18;
      case SIGSTOP -> 19;
      case SIGTSTP -> 20;
      case SIGTTIN -> 21;
      case SIGTTOU -> 22;
      case SIGURG -> 23;
      case SIGXCPU -> 24;
      case SIGXFSZ -> 25;
      case SIGVTALRM -> 26;
      case SIGSYS -> 31;
    };
  }
}
