package dev.cloudabi.designer.argdata;

import dev.cloudabi.designer.tree.NodePath;
import java.util.Optional;

/**
 * One descriptor the program receives: its number after renumbering, the capability that asked for
 * it, what it will be on the host, and its rights (empty when only the launch can tell, e.g. for a
 * descriptor the shell passes).
 *
 * @param hostNote the host side in full: for a {@code !file}, the absolute path that is opened
 * @param node the first tree node that names this descriptor
 */
public record DescriptorRow(
    int guestFd,
    String capability,
    String host,
    String hostNote,
    Optional<Rights> rights,
    Optional<NodePath> node) {
  public String rightsText() {
    return rights.map(Rights::hex).orElse("decided at launch");
  }
}
