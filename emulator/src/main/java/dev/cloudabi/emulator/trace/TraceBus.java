package dev.cloudabi.emulator.trace;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Hands events from guest threads to subscribers through a bounded queue and one delivery thread.
 * Overflow policy ({@link TraceOverflow}): with {@code DROP} an event that finds the queue full is
 * dropped and counted, so the guest never waits; with {@code WAIT} the publishing guest thread
 * waits for room, so every system call yields its event. Even then an event is dropped, and counted
 * in the final {@link TraceEvent.StreamClosed}, when waiting would not end: the publisher was
 * interrupted (the run is being stopped) and delivery has been stuck for {@link #STUCK_NANOS}, the
 * bus is closed, or the capture cannot be resolved. With no subscribers, {@link #active()} is false
 * and callers build no events at all.
 */
public final class TraceBus implements AutoCloseable {
  public static final int DEFAULT_CAPACITY = 65_536;

  private final List<TraceSubscriber> subscribers;
  // Lock-free queue plus a size counter: guest threads never contend with delivery on a lock.
  private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final int capacity;
  private final TraceOverflow overflow;
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final Thread delivery;
  private volatile boolean closing;

  public TraceBus(List<TraceSubscriber> subscribers, int capacity, TraceOverflow overflow) {
    this.subscribers = List.copyOf(subscribers);
    this.capacity = Math.max(1, capacity);
    this.overflow = java.util.Objects.requireNonNull(overflow, "overflow");
    if (this.subscribers.isEmpty()) {
      delivery = null;
    } else {
      delivery = Thread.ofPlatform().daemon().name("cloudabi-trace").unstarted(this::deliver);
      delivery.start();
    }
  }

  /** True when someone listens; check before building an event. */
  public boolean active() {
    return delivery != null;
  }

  /** The next sequence number. */
  public long nextSequence() {
    return sequence.getAndIncrement();
  }

  public long dropped() {
    return dropped.get();
  }

  /** Queues an event; when the queue is full, waits or drops it as the overflow policy says. */
  public void publish(TraceEvent event) {
    enqueue(event);
  }

  /** Queues a raw capture, resolved into its event on the delivery thread. */
  public void publish(DeferredEvent event) {
    enqueue(event);
  }

  private void enqueue(Object item) {
    if (delivery == null) {
      return;
    }
    while (size.incrementAndGet() > capacity) {
      size.decrementAndGet();
      if (overflow == TraceOverflow.DROP
          || closing
          || (Thread.currentThread().isInterrupted() && deliveryStuck())) {
        dropped.incrementAndGet();
        return;
      }
      LockSupport.parkNanos(ROOM_POLL_NANOS);
    }
    if (closing) {
      size.decrementAndGet();
      dropped.incrementAndGet(); // delivery has ended or is about to: nobody would see it
      return;
    }
    queue.add(item);
  }

  /** How long a publisher waits before it looks for room again (the subscriber is slow anyway). */
  private static final long ROOM_POLL_NANOS = 50_000;

  /**
   * A stop interrupts the guest's threads, also the one whose {@code proc_exit} ends the run: they
   * still wait for a slow subscriber, but not for one that took nothing for this long.
   */
  static final long STUCK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  private volatile long lastDelivery = System.nanoTime();

  /** Delivery marks every poll of the queue, so only a subscriber that hangs makes this true. */
  private boolean deliveryStuck() {
    return System.nanoTime() - lastDelivery > STUCK_NANOS;
  }

  private void deliver() {
    while (true) {
      Object item = queue.poll();
      lastDelivery = System.nanoTime();
      if (item == null) {
        if (closing) {
          return;
        }
        LockSupport.parkNanos(200_000);
        continue;
      }
      size.decrementAndGet();
      TraceEvent event;
      try {
        event = item instanceof DeferredEvent deferred ? deferred.resolve() : (TraceEvent) item;
      } catch (RuntimeException e) {
        dropped.incrementAndGet(); // an emulator defect; at least the count shows it
        continue;
      }
      for (TraceSubscriber subscriber : subscribers) {
        try {
          subscriber.onEvent(event);
        } catch (RuntimeException e) {
          // A failing subscriber must not stop delivery to the others.
        }
      }
    }
  }

  /** Delivers what is queued plus a final {@link TraceEvent.StreamClosed}, then stops. */
  @Override
  public void close() {
    if (delivery == null || closing) {
      return;
    }
    queue.add(new TraceEvent.StreamClosed(nextSequence(), dropped.get()));
    closing = true;
    try {
      delivery.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
