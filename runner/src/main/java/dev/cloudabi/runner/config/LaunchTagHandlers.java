package dev.cloudabi.runner.config;

import dev.cloudabi.argdata.FdValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Handlers for the capability tags of a launch configuration: {@code !fd}, {@code !file}, {@code
 * !socket}, {@code !executable}; {@code !flower_switchboard_handle} is refused. Each descriptor
 * they create is numbered by {@link DescriptorNumbering}.
 */
public final class LaunchTagHandlers {
  private LaunchTagHandlers() {}

  public static Map<String, TagHandler> register(
      Map<String, TagHandler> handlers, DescriptorNumbering numbering) {
    handlers.put(Tags.CLOUDABI + "fd", (node, c) -> fd(numbering, inherited(node)));
    handlers.put(Tags.CLOUDABI + "file", (node, c) -> fd(numbering, file(node)));
    handlers.put(Tags.CLOUDABI + "socket", (node, c) -> fd(numbering, socket(node)));
    handlers.put(
        Tags.CLOUDABI + "executable",
        (node, c) -> fd(numbering, new DescriptorSpec.Executable(node.position())));
    handlers.put(
        Tags.CLOUDABI + "flower_switchboard_handle",
        (node, c) -> {
          throw new ConfigException(
              node.position(),
              "!flower_switchboard_handle is not supported: the Workbench runs no Flower"
                  + " switchboard; give the program a socket with !socket instead");
        });
    return handlers;
  }

  private static FdValue fd(DescriptorNumbering numbering, DescriptorSpec spec) {
    return new FdValue(numbering.number(spec));
  }

  /** {@code stdout}, {@code stderr}, {@code stdin} (our addition) or a number up to INT_MAX. */
  static DescriptorSpec.Inherited inherited(YamlNode node) throws ConfigException {
    YamlNode.Scalar scalar = CoreTagHandlers.scalar(node, "fd");
    String text = scalar.value();
    int number =
        switch (text) {
          case "stdin" -> 0;
          case "stdout" -> 1;
          case "stderr" -> 2;
          default -> {
            if (!text.matches("[0-9]{1,10}") || Long.parseLong(text) > Integer.MAX_VALUE) {
              throw new ConfigException(
                  node.position(),
                  "Invalid file descriptor number: "
                      + text
                      + " (stdin, stdout, stderr or 0 to 2147483647)");
            }
            yield Integer.parseInt(text);
          }
        };
    return new DescriptorSpec.Inherited(number, node.position());
  }

  static DescriptorSpec.File file(YamlNode node) throws ConfigException {
    String path = null;
    List<DescriptorSpec.NamedRight> rights = List.of();
    List<DescriptorSpec.NamedRight> inheriting = List.of();
    for (YamlNode.Entry entry : CoreTagHandlers.mapping(node).entries()) {
      String key = attributeName(entry, "file");
      switch (key) {
        case "path" -> path = CoreTagHandlers.scalar(entry.value(), "path").value();
        case "rights" -> rights = rightNames(entry.value());
        case "inheriting" -> inheriting = rightNames(entry.value());
        default ->
            throw new ConfigException(
                entry.key().position(),
                "Unknown file attribute: " + key + " (expected path, rights, inheriting)");
      }
    }
    if (path == null) {
      throw new ConfigException(node.position(), "Missing path attribute");
    }
    return new DescriptorSpec.File(path, rights, inheriting, node.position());
  }

  static DescriptorSpec.Socket socket(YamlNode node) throws ConfigException {
    DescriptorSpec.SocketType type = DescriptorSpec.SocketType.STREAM;
    DescriptorSpec.SocketMode mode = null;
    SocketAddressSpec address = null;
    SourcePosition modeAt = null;
    for (YamlNode.Entry entry : CoreTagHandlers.mapping(node).entries()) {
      String key = attributeName(entry, "socket");
      switch (key) {
        case "type" -> type = socketType(CoreTagHandlers.scalar(entry.value(), "type"));
        case "bind", "connect" -> {
          if (mode != null) {
            throw new ConfigException(
                entry.key().position(),
                "A socket either binds or connects: "
                    + key
                    + " conflicts with the "
                    + mode.name().toLowerCase()
                    + " at line "
                    + modeAt.line());
          }
          mode =
              key.equals("bind")
                  ? DescriptorSpec.SocketMode.BIND
                  : DescriptorSpec.SocketMode.CONNECT;
          modeAt = entry.key().position();
          YamlNode.Scalar value = CoreTagHandlers.scalar(entry.value(), key);
          try {
            address = SocketAddressSpec.parse(value.value());
          } catch (IllegalArgumentException e) {
            throw new ConfigException(value.position(), e.getMessage());
          }
        }
        default ->
            throw new ConfigException(
                entry.key().position(),
                "Unknown socket attribute: " + key + " (expected type, bind, connect)");
      }
    }
    if (mode == null) {
      throw new ConfigException(node.position(), "Missing bind/connect attribute");
    }
    return new DescriptorSpec.Socket(type, mode, address, node.position());
  }

  private static DescriptorSpec.SocketType socketType(YamlNode.Scalar value)
      throws ConfigException {
    return switch (value.value()) {
      case "stream" -> DescriptorSpec.SocketType.STREAM;
      case "dgram" -> DescriptorSpec.SocketType.DGRAM;
      case "seqpacket" -> DescriptorSpec.SocketType.SEQPACKET;
      default ->
          throw new ConfigException(
              value.position(),
              "Unsupported type attribute: " + value.value() + " (stream, dgram or seqpacket)");
    };
  }

  private static String attributeName(YamlNode.Entry entry, String tag) throws ConfigException {
    if (entry.key() instanceof YamlNode.Scalar key && key.tag() == null) {
      return key.value();
    }
    throw new ConfigException(
        entry.key().position(), "The attributes of !" + tag + " are plain words");
  }

  private static List<DescriptorSpec.NamedRight> rightNames(YamlNode node) throws ConfigException {
    List<DescriptorSpec.NamedRight> names = new ArrayList<>();
    for (YamlNode item : CoreTagHandlers.sequence(node).items()) {
      YamlNode.Scalar scalar = CoreTagHandlers.scalar(item, "right");
      names.add(new DescriptorSpec.NamedRight(scalar.value(), scalar.position()));
    }
    return names;
  }
}
