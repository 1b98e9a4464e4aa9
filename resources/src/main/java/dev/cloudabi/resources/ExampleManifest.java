package dev.cloudabi.resources;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The parsed {@code example.properties} of one example (format: {@code
 * resources/examples/README.md}).
 *
 * @param description one sentence for humans
 * @param exitStatus the expected exit status, when the program exits normally
 * @param exitSignal the CloudABI name of the signal that must end the program, otherwise
 * @param stdoutMatch how standard output is checked
 * @param config the configuration file to run
 * @param testConfig a cheaper configuration for automated tests (equal to config by default)
 * @param testStdout expected stdout of the test configuration
 * @param fds descriptors the harness must provide, by launcher descriptor number
 * @param abi {@code final} or {@code 2017} (needs system calls removed during 2017)
 * @param runsForever whether the program only ends when stopped (servers)
 * @param socketResponse for servers: a file each connection to the listening socket must receive,
 *     byte for byte
 * @param timeoutSeconds upper bound for one test run under the emulator
 */
public record ExampleManifest(
    String description,
    OptionalInt exitStatus,
    Optional<String> exitSignal,
    StdoutMatch stdoutMatch,
    String config,
    String testConfig,
    String testStdout,
    SortedMap<Integer, FdRequirement> fds,
    String abi,
    boolean runsForever,
    Optional<String> socketResponse,
    int timeoutSeconds) {

  /** CloudABI signal names in signal-number order (SIGABRT = 1 ... SIGXFSZ = 26). */
  public static final List<String> SIGNALS =
      List.of(
          "SIGABRT",
          "SIGALRM",
          "SIGBUS",
          "SIGCHLD",
          "SIGCONT",
          "SIGFPE",
          "SIGHUP",
          "SIGILL",
          "SIGINT",
          "SIGKILL",
          "SIGPIPE",
          "SIGQUIT",
          "SIGSEGV",
          "SIGSTOP",
          "SIGSYS",
          "SIGTERM",
          "SIGTRAP",
          "SIGTSTP",
          "SIGTTIN",
          "SIGTTOU",
          "SIGURG",
          "SIGUSR1",
          "SIGUSR2",
          "SIGVTALRM",
          "SIGXCPU",
          "SIGXFSZ");

  private static final Set<String> KEYS =
      Set.of(
          "description",
          "exit.status",
          "exit.signal",
          "stdout.match",
          "config",
          "test.config",
          "test.stdout",
          "abi",
          "runs.forever",
          "socket.response",
          "timeout.seconds");

  public ExampleManifest {
    fds = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fds));
  }

  /** The CloudABI number of {@link #exitSignal()}, when there is one. */
  public OptionalInt exitSignalNumber() {
    return exitSignal.map(s -> OptionalInt.of(SIGNALS.indexOf(s) + 1)).orElse(OptionalInt.empty());
  }

  /**
   * Parses a manifest.
   *
   * @param name the example's name (defaults of file names derive from it)
   * @param where the manifest's location, for error messages
   * @throws ExampleFormatException naming {@code where} and the offending key
   */
  public static ExampleManifest parse(String name, Properties properties, String where) {
    for (String key : properties.stringPropertyNames()) {
      if (!KEYS.contains(key) && !key.matches("fd\\.[0-9]+")) {
        throw new ExampleFormatException(where + ": unknown key '" + key + "'");
      }
    }
    String description = required(properties, "description", where);
    OptionalInt status = OptionalInt.empty();
    String statusText = properties.getProperty("exit.status");
    if (statusText != null) {
      int value = parseInt(statusText, "exit.status", where);
      if (value < 0) {
        throw new ExampleFormatException(where + ": exit.status must not be negative: " + value);
      }
      status = OptionalInt.of(value);
    }
    Optional<String> signal = Optional.ofNullable(properties.getProperty("exit.signal"));
    if (signal.isPresent() && !SIGNALS.contains(signal.get())) {
      throw new ExampleFormatException(
          where + ": exit.signal is not a CloudABI signal name: " + signal.get());
    }
    boolean forever = parseBoolean(properties.getProperty("runs.forever", "false"), where);
    if (status.isPresent() && signal.isPresent()
        || !forever && status.isEmpty() && signal.isEmpty()) {
      throw new ExampleFormatException(
          where
              + ": give exactly one of exit.status and exit.signal"
              + (forever ? "" : " (or neither with runs.forever=true)"));
    }
    StdoutMatch match =
        switch (required(properties, "stdout.match", where)) {
          case "exact" -> StdoutMatch.EXACT;
          case "regex" -> StdoutMatch.REGEX;
          case "none" -> StdoutMatch.NONE;
          default ->
              throw new ExampleFormatException(
                  where
                      + ": stdout.match must be exact, regex or none, not '"
                      + properties.getProperty("stdout.match")
                      + "'");
        };
    String config = properties.getProperty("config", name + ".yaml");
    String testConfig = properties.getProperty("test.config", config);
    String testStdout = properties.getProperty("test.stdout", "expected-stdout.txt");
    String abi = properties.getProperty("abi", "final");
    if (!abi.equals("final") && !abi.equals("2017")) {
      throw new ExampleFormatException(where + ": abi must be final or 2017, not '" + abi + "'");
    }
    Optional<String> response = Optional.ofNullable(properties.getProperty("socket.response"));
    int timeout =
        parseInt(properties.getProperty("timeout.seconds", "30"), "timeout.seconds", where);
    if (timeout <= 0) {
      throw new ExampleFormatException(where + ": timeout.seconds must be positive");
    }
    SortedMap<Integer, FdRequirement> fds = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("fd.")) {
        int fd = parseInt(key.substring(3), key, where);
        fds.put(fd, parseFd(fd, properties.getProperty(key), key, where));
      }
    }
    checkSocketPairs(fds, where);
    return new ExampleManifest(
        description,
        status,
        signal,
        match,
        config,
        testConfig,
        testStdout,
        fds,
        abi,
        forever,
        response,
        timeout);
  }

  private static FdRequirement parseFd(int fd, String value, String key, String where) {
    int colon = value.indexOf(':');
    String word = colon < 0 ? value : value.substring(0, colon);
    String argument = colon < 0 ? "" : value.substring(colon + 1);
    for (FdRequirement.Kind kind : FdRequirement.Kind.values()) {
      if (!kind.keyword().equals(word)) {
        continue;
      }
      boolean needsArgument =
          kind == FdRequirement.Kind.STDIN || kind == FdRequirement.Kind.SOCKETPAIR;
      if (needsArgument == argument.isEmpty()) {
        throw new ExampleFormatException(
            where
                + ": "
                + key
                + "="
                + value
                + ": '"
                + word
                + "' "
                + (needsArgument ? "needs an argument after ':'" : "takes no argument"));
      }
      if (kind == FdRequirement.Kind.SOCKETPAIR) {
        parseInt(argument, key, where);
      }
      return new FdRequirement(fd, kind, argument);
    }
    throw new ExampleFormatException(where + ": " + key + " has unknown kind '" + word + "'");
  }

  private static void checkSocketPairs(Map<Integer, FdRequirement> fds, String where) {
    for (FdRequirement r : fds.values()) {
      if (r.kind() == FdRequirement.Kind.SOCKETPAIR) {
        int peer = r.peer().orElseThrow();
        FdRequirement other = fds.get(peer);
        if (peer == r.fd()
            || other == null
            || other.kind() != FdRequirement.Kind.SOCKETPAIR
            || other.peer().orElseThrow() != r.fd()) {
          throw new ExampleFormatException(
              where
                  + ": fd."
                  + r.fd()
                  + "=socketpair:"
                  + peer
                  + " needs fd."
                  + peer
                  + "=socketpair:"
                  + r.fd());
        }
      }
    }
  }

  private static String required(Properties properties, String key, String where) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new ExampleFormatException(where + ": missing key '" + key + "'");
    }
    return value.strip();
  }

  private static int parseInt(String text, String key, String where) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ExampleFormatException(where + ": " + key + " is not a number: '" + text + "'", e);
    }
  }

  private static boolean parseBoolean(String text, String where) {
    return switch (text.strip()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new ExampleFormatException(
              where + ": runs.forever must be true or false, not '" + text + "'");
    };
  }
}
