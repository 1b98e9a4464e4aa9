package dev.cloudabi.app.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A typed event bus: panels publish events of a sealed family and subscribe to the kinds they care
 * about, without knowing each other. Delivery is synchronous, on the publisher's thread (the FX
 * thread for everything the views publish).
 */
public final class EventBus<E> {
  private record Subscription<E>(Class<? extends E> type, Consumer<? super E> handler) {}

  private final List<Subscription<E>> subscriptions = new CopyOnWriteArrayList<>();

  /** Calls {@code handler} for every published event of {@code type}; returns the unsubscriber. */
  public <T extends E> Runnable subscribe(Class<T> type, Consumer<? super T> handler) {
    @SuppressWarnings("unchecked")
    Subscription<E> s = new Subscription<>(type, e -> handler.accept((T) e));
    subscriptions.add(s);
    return () -> subscriptions.remove(s);
  }

  public void publish(E event) {
    for (Subscription<E> s : subscriptions) {
      if (s.type().isInstance(event)) {
        s.handler().accept(event);
      }
    }
  }
}
