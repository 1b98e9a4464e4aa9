package dev.cloudabi.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBusTest {
  sealed interface Event {}

  record A(int n) implements Event {}

  record B(String s) implements Event {}

  @Test
  void subscribersGetOnlyTheirKindUntilTheyUnsubscribe() {
    EventBus<Event> bus = new EventBus<>();
    List<Integer> seen = new ArrayList<>();
    Runnable unsubscribe = bus.subscribe(A.class, a -> seen.add(a.n()));
    bus.publish(new A(1));
    bus.publish(new B("x"));
    unsubscribe.run();
    bus.publish(new A(2));
    assertThat(seen).containsExactly(1);
  }
}
