package dev.cloudabi.emulator.unicorn;

/** A Unicorn call failed; the message names the call and Unicorn's error text. */
public final class UnicornException extends RuntimeException {
  private final String errorName;

  UnicornException(String call, int code, String text) {
    super(call + " failed: " + text + " (" + errorName(code) + ")");
    this.errorName = errorName(code);
  }

  UnicornException(String message) {
    super(message);
    this.errorName = "";
  }

  /** The {@code UC_ERR_*} name, or an empty string for errors outside Unicorn. */
  public String errorName() {
    return errorName;
  }

  private static final String[] NAMES = {
    "UC_ERR_OK",
    "UC_ERR_NOMEM",
    "UC_ERR_ARCH",
    "UC_ERR_HANDLE",
    "UC_ERR_MODE",
    "UC_ERR_VERSION",
    "UC_ERR_READ_UNMAPPED",
    "UC_ERR_WRITE_UNMAPPED",
    "UC_ERR_FETCH_UNMAPPED",
    "UC_ERR_HOOK",
    "UC_ERR_INSN_INVALID",
    "UC_ERR_MAP",
    "UC_ERR_WRITE_PROT",
    "UC_ERR_READ_PROT",
    "UC_ERR_FETCH_PROT",
    "UC_ERR_ARG",
    "UC_ERR_READ_UNALIGNED",
    "UC_ERR_WRITE_UNALIGNED",
    "UC_ERR_FETCH_UNALIGNED",
    "UC_ERR_HOOK_EXIST",
    "UC_ERR_RESOURCE",
    "UC_ERR_EXCEPTION",
    "UC_ERR_OVERFLOW"
  };

  static String errorName(int code) {
    return code >= 0 && code < NAMES.length ? NAMES[code] : "uc_err " + code;
  }
}
