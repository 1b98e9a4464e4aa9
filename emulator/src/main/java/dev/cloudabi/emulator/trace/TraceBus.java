package dev.cloudabi.emulator.trace;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands events from guest threads to subscribers through a bounded queue and one delivery thread.
 * Overflow policy: when the queue is full the event is dropped and counted (the guest never waits);
 * the count arrives in the final {@link TraceEvent.StreamClosed}. With no subscribers, {@link
 * #active()} is false and callers build no events at all.
 */
public final class TraceBus implements AutoCloseable {
  public static final int DEFAULT_CAPACITY = 65_536;

  private final List<TraceSubscriber> subscribers;
  private final BlockingQueue<TraceEvent> queue;
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final Thread delivery;
  private volatile boolean closing;

  public TraceBus(List<TraceSubscriber> subscribers, int capacity) {
    this.subscribers = List.copyOf(subscribers);
    this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
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

  /** Queues an event without blocking; drops it when the queue is full. */
  public void publish(TraceEvent event) {
    if (delivery != null && !queue.offer(event)) {
      dropped.incrementAndGet();
    }
  }

  private void deliver() {
    try {
      while (!closing || !queue.isEmpty()) {
        TraceEvent event = queue.poll(50, TimeUnit.MILLISECONDS);
        if (event != null) {
          for (TraceSubscriber subscriber : subscribers) {
            try {
              subscriber.onEvent(event);
            } catch (RuntimeException e) {
              // A failing subscriber must not stop delivery to the others.
            }
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Delivers what is queued plus a final {@link TraceEvent.StreamClosed}, then stops. */
  @Override
  public void close() {
    if (delivery == null || closing) {
      return;
    }
    TraceEvent last = new TraceEvent.StreamClosed(nextSequence(), dropped.get());
    try {
      queue.offer(last, 1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closing = true;
    try {
      delivery.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
