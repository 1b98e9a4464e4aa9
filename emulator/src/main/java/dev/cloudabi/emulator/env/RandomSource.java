package dev.cloudabi.emulator.env;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/** Where {@code random_get}, the canary and the process UUID come from. */
public interface RandomSource {
  void nextBytes(byte[] bytes);

  /** The host's secure random generator. */
  static RandomSource secure() {
    SecureRandom random = new SecureRandom();
    return random::nextBytes;
  }

  /** The same bytes for the same seed (tests, replay). Not for anything secret. */
  static RandomSource seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return bytes -> {
      synchronized (random) {
        random.nextBytes(bytes);
      }
    };
  }
}
