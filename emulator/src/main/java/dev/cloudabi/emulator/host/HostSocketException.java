package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.natives.PosixException;
import java.io.IOException;

/**
 * The host refused to create, bind or connect a socket. The message is the host's own reason
 * ({@code strerror}), which a launcher shows after what it tried: "Failed to bind to …: Address
 * already in use".
 */
public final class HostSocketException extends IOException {
  HostSocketException(PosixException cause) {
    super(cause.reason(), cause);
  }
}
