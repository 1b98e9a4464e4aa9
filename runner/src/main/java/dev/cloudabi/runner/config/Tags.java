package dev.cloudabi.runner.config;

/** The tag namespaces a configuration uses. */
public final class Tags {
  /** Expanded from {@code !} by the directive {@code %TAG ! tag:nuxi.nl,2015:cloudabi/}. */
  public static final String CLOUDABI = "tag:nuxi.nl,2015:cloudabi/";

  /** Expanded from {@code !!}. */
  public static final String YAML = "tag:yaml.org,2002:";

  public static final String DIRECTIVE = "%TAG ! " + CLOUDABI;

  private Tags() {}

  /** {@code !fd} for our namespace, {@code !!str} for YAML's, the full tag otherwise. */
  public static String shortForm(String tag) {
    if (tag.startsWith(CLOUDABI)) {
      return "!" + tag.substring(CLOUDABI.length());
    }
    if (tag.startsWith(YAML)) {
      return "!!" + tag.substring(YAML.length());
    }
    return tag;
  }
}
