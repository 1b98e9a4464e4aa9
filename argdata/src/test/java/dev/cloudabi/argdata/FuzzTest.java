package dev.cloudabi.argdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

/**
 * Random and mutated buffers (seeded, so a failure reproduces) through every entry point: the only
 * exception allowed is {@link ArgdataFormatException}, and whatever decodes re-encodes byte for
 * byte.
 */
class FuzzTest {
  private static final int CASES = 200_000;
  private static final ArgdataLimits LIMITS = new ArgdataLimits(8, 4096, Integer.MAX_VALUE);

  @Example
  void randomAndMutatedBuffersOnlyEverFailWithAFormatException() {
    Random random = new Random(0xA59DA7AL);
    List<byte[]> seeds = seeds(random);
    int decoded = 0;
    for (int i = 0; i < CASES; i++) {
      byte[] input =
          (i % 4 == 0)
              ? randomBytes(random)
              : mutate(seeds.get(random.nextInt(seeds.size())), random);
      if (exercise(input)) {
        decoded++;
      }
    }
    // The mutations must keep a fair share of inputs valid, or the test is not reaching deep.
    assertThat(decoded).isGreaterThan(CASES / 50);
  }

  /** Runs every entry point on {@code input}; true when it decoded. */
  private static boolean exercise(byte[] input) {
    boolean valid = false;
    try {
      ArgdataValue value = Argdata.decode(input, LIMITS);
      byte[] again = Argdata.encode(value);
      if (!Arrays.equals(again, input)) {
        fail("re-encoding differs for " + HexFormat.of().formatHex(input));
      }
      ArgdataYaml.format(value);
      valid = true;
    } catch (ArgdataFormatException expected) {
      // the only allowed outcome for bad input
    } catch (RuntimeException | Error e) {
      throw new AssertionError("decode crashed on " + HexFormat.of().formatHex(input), e);
    }
    try {
      readInPlace(ArgdataReader.of(input, LIMITS), 0);
    } catch (ArgdataFormatException expected) {
      // fine
    } catch (RuntimeException | Error e) {
      throw new AssertionError("reader crashed on " + HexFormat.of().formatHex(input), e);
    }
    return valid;
  }

  /** Touches every getter and walks containers, as a consumer of guest memory would. */
  private static void readInPlace(ArgdataReader r, int depth) throws ArgdataFormatException {
    if (depth > 10) {
      return;
    }
    ArgdataType type = r.type();
    switch (type) {
      case NULL -> r.isNull();
      case BINARY -> r.getBinary();
      case BOOL -> r.getBool();
      case FD -> r.getFd();
      case FLOAT -> r.getFloatBits();
      case INT -> {
        r.getBigInteger();
        attempt(r::getLong);
      }
      case TIMESTAMP -> {
        r.getTimestampNanos();
        attempt(r::getTimestamp);
      }
      case STR -> r.getStr();
      case MAP -> {
        r.get("a");
        MapIterator it = r.mapIterator();
        while (it.next()) {
          readInPlace(it.key(), depth + 1);
          readInPlace(it.value(), depth + 1);
        }
      }
      case SEQ -> {
        attempt(() -> r.get(1));
        SeqIterator it = r.seqIterator();
        while (it.next()) {
          readInPlace(it.value(), depth + 1);
        }
      }
    }
    if (depth == 0) {
      attempt(r::getStr); // a wrong-type getter must fail cleanly too
    }
  }

  private interface Read {
    Object read() throws ArgdataFormatException;
  }

  private static void attempt(Read read) {
    try {
      read.read();
    } catch (ArgdataFormatException expected) {
      // fine: overflow or wrong type
    }
  }

  private static List<byte[]> seeds(Random random) {
    Arbitrary<ArgdataValue> trees = ArgdataArbitraries.values(3);
    List<byte[]> seeds = new ArrayList<>();
    trees.generator(1000, true).stream(random)
        .limit(300)
        .forEach(shrinkable -> seeds.add(Argdata.encode(shrinkable.value())));
    return seeds;
  }

  private static byte[] randomBytes(Random random) {
    byte[] b = new byte[random.nextInt(24)];
    for (int i = 0; i < b.length; i++) {
      // Mostly small values, so that tags and one-byte lengths are common.
      b[i] =
          (byte)
              (random.nextInt(3) == 0
                  ? random.nextInt(256)
                  : random.nextInt(10) | (random.nextBoolean() ? 0x80 : 0));
    }
    return b;
  }

  private static byte[] mutate(byte[] seed, Random random) {
    byte[] b = seed.clone();
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int op = random.nextInt(5);
      if (b.length == 0) {
        op = 3;
      }
      int at = b.length == 0 ? 0 : random.nextInt(b.length);
      switch (op) {
        case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
        case 1 -> b[at] = (byte) random.nextInt(256);
        case 2 -> b = Arrays.copyOf(b, at); // truncate
        case 3 -> { // insert
          byte[] c = new byte[b.length + 1];
          System.arraycopy(b, 0, c, 0, at);
          c[at] = (byte) random.nextInt(256);
          System.arraycopy(b, at, c, at + 1, b.length - at);
          b = c;
        }
        default -> { // delete
          byte[] c = new byte[b.length - 1];
          System.arraycopy(b, 0, c, 0, at);
          System.arraycopy(b, at + 1, c, at, b.length - at - 1);
          b = c;
        }
      }
    }
    return b;
  }
}
