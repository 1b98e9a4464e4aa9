package dev.cloudabi.argdata;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;

/**
 * A point in time as signed nanoseconds since 1970-01-01T00:00:00Z, of any size (the wire form is
 * an integer like {@link IntValue}).
 */
public record TimestampValue(BigInteger nanos) implements ArgdataValue {
  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

  public TimestampValue {
    Objects.requireNonNull(nanos, "nanos");
  }

  public static TimestampValue ofNanos(long nanos) {
    return new TimestampValue(BigInteger.valueOf(nanos));
  }

  public static TimestampValue of(Instant instant) {
    return new TimestampValue(
        BigInteger.valueOf(instant.getEpochSecond())
            .multiply(BILLION)
            .add(BigInteger.valueOf(instant.getNano())));
  }

  /**
   * The instant, using floor division as cloudlibc does (-1 ns is second -1 plus 999 999 999 ns).
   *
   * @throws DateTimeException when the value is outside {@link Instant}'s range
   */
  public Instant toInstant() {
    BigInteger[] qr = nanos.divideAndRemainder(BILLION);
    BigInteger seconds = qr[0];
    long nano = qr[1].longValue();
    if (nano < 0) {
      seconds = seconds.subtract(BigInteger.ONE);
      nano += 1_000_000_000L;
    }
    if (seconds.bitLength() >= Long.SIZE) {
      throw new DateTimeException("timestamp out of range: " + nanos + " ns");
    }
    return Instant.ofEpochSecond(seconds.longValue(), nano);
  }

  @Override
  public ArgdataType type() {
    return ArgdataType.TIMESTAMP;
  }
}
