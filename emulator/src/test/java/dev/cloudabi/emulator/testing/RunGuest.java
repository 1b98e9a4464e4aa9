package dev.cloudabi.emulator.testing;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.emulator.Emulator;
import dev.cloudabi.emulator.EmulatorConfig;
import dev.cloudabi.emulator.ExitStatus;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.host.HostObjects;
import java.nio.file.Path;

/** Manual tool for developers: runs an executable with fd 0 = stdout and prints the ending. */
public final class RunGuest {
  private RunGuest() {}

  public static void main(String[] args) throws Exception {
    EmulatorConfig config =
        EmulatorConfig.builder(Path.of(args[0]))
            .argdata(Argdata.encode(Argdata.fd(0)))
            .descriptor(InjectedFd.terminal(HostObjects.stdout()))
            .build();
    ExitStatus status = Emulator.create(config).run();
    System.err.println(status.describe());
    if (status instanceof ExitStatus.Crashed c) {
      System.err.println(c.report().render());
    }
  }
}
