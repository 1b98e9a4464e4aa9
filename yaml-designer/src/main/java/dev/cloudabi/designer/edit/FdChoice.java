package dev.cloudabi.designer.edit;

/**
 * The value of an {@code !fd}: one of the launcher's standard streams by name, or a descriptor
 * number the launcher inherited (0 to 2147483647, as the runner accepts).
 */
public record FdChoice(String yaml) {
  public static final FdChoice STDIN = new FdChoice("stdin");
  public static final FdChoice STDOUT = new FdChoice("stdout");
  public static final FdChoice STDERR = new FdChoice("stderr");

  /**
   * @throws IllegalArgumentException naming the text when it is neither a stream nor a number
   */
  public static FdChoice parse(String text) {
    String t = text.strip();
    if (t.equals("stdin") || t.equals("stdout") || t.equals("stderr")) {
      return new FdChoice(t);
    }
    if (t.matches("[0-9]{1,10}") && Long.parseLong(t) <= Integer.MAX_VALUE) {
      return new FdChoice(String.valueOf(Long.parseLong(t)));
    }
    throw new IllegalArgumentException(
        "Invalid descriptor: '" + text + "' (stdin, stdout, stderr or 0 to 2147483647)");
  }
}
