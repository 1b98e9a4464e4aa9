package dev.cloudabi.emulator.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.syscall.FileCalls;
import dev.cloudabi.emulator.syscall.GuestCalls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cap-std's racy asserts: while another thread keeps swapping {@code granted/flip} between a real
 * directory and a symbolic link to {@code ../secret}, the guest keeps opening {@code flip/key.txt}
 * and {@code flip/x}. It must never read the secret, whatever the interleaving.
 */
class SwapRaceTest {
  @Test
  void swappingADirectoryForALinkNeverLeaksTheSecret(@TempDir Path temp) throws Exception {
    Sentinels sentinels = Sentinels.host(temp);
    Path flip = temp.resolve("granted/flip");
    Path parked = temp.resolve("granted/parked");
    Files.createDirectories(parked);
    Files.writeString(parked.resolve("x"), "inside");
    Files.writeString(parked.resolve("key.txt"), "decoy");
    AtomicBoolean stop = new AtomicBoolean();
    Thread swapper =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    while (!stop.get()) {
                      Files.move(parked, flip);
                      Files.move(flip, parked);
                      Files.createSymbolicLink(flip, Path.of("../secret"));
                      Files.delete(flip);
                    }
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
    Set<String> allowed = Set.of("inside", "decoy", "ENOENT", "ENOTCAPABLE", "ENOTDIR", "ELOOP");
    try (GuestCalls calls =
        new GuestCalls(List.of(InjectedFd.withMaxRights(sentinels.granted())))) {
      FileCalls f = new FileCalls(calls);
      int reads = 0;
      for (int i = 0; i < 1500; i++) {
        for (String path : new String[] {"flip/key.txt", "flip/x"}) {
          int errno = f.open(0, path, 0, true, false, true);
          String outcome;
          if (errno == 0) {
            long fd = f.lastFd();
            f.read(fd, 64);
            outcome = f.lastRead();
            f.close(fd);
            reads++;
          } else {
            outcome = Errno.nameOf(errno);
          }
          assertThat(outcome).as(path).isIn(allowed);
        }
      }
      assertThat(reads).as("the race was exercised").isPositive();
    } finally {
      stop.set(true);
      swapper.join();
    }
  }
}
