package dev.cloudabi.emulator.abi;

import java.util.Optional;

/** CloudABI signals (u8) with their default actions (ABI §7.2). */
public enum Signal {
  SIGABRT(1, DefaultAction.TERMINATE),
  SIGALRM(2, DefaultAction.TERMINATE),
  SIGBUS(3, DefaultAction.TERMINATE),
  SIGCHLD(4, DefaultAction.IGNORE),
  SIGCONT(5, DefaultAction.CONTINUE),
  SIGFPE(6, DefaultAction.TERMINATE),
  SIGHUP(7, DefaultAction.TERMINATE),
  SIGILL(8, DefaultAction.TERMINATE),
  SIGINT(9, DefaultAction.TERMINATE),
  SIGKILL(10, DefaultAction.TERMINATE),
  SIGPIPE(11, DefaultAction.IGNORE),
  SIGQUIT(12, DefaultAction.TERMINATE),
  SIGSEGV(13, DefaultAction.TERMINATE),
  SIGSTOP(14, DefaultAction.STOP),
  SIGSYS(15, DefaultAction.TERMINATE),
  SIGTERM(16, DefaultAction.TERMINATE),
  SIGTRAP(17, DefaultAction.TERMINATE),
  SIGTSTP(18, DefaultAction.STOP),
  SIGTTIN(19, DefaultAction.STOP),
  SIGTTOU(20, DefaultAction.STOP),
  SIGURG(21, DefaultAction.IGNORE),
  SIGUSR1(22, DefaultAction.TERMINATE),
  SIGUSR2(23, DefaultAction.TERMINATE),
  SIGVTALRM(24, DefaultAction.TERMINATE),
  SIGXCPU(25, DefaultAction.TERMINATE),
  SIGXFSZ(26, DefaultAction.TERMINATE);

  /** What happens when the signal is raised and nobody handles it. */
  public enum DefaultAction {
    TERMINATE,
    IGNORE,
    STOP,
    CONTINUE
  }

  private final int value;
  private final DefaultAction defaultAction;

  Signal(int value, DefaultAction defaultAction) {
    this.value = value;
    this.defaultAction = defaultAction;
  }

  public int value() {
    return value;
  }

  public DefaultAction defaultAction() {
    return defaultAction;
  }

  public static Optional<Signal> of(int value) {
    for (Signal signal : values()) {
      if (signal.value == value) {
        return Optional.of(signal);
      }
    }
    return Optional.empty();
  }
}
