package dev.cloudabi.app.inspector;

import dev.cloudabi.app.binary.BinaryDocument;
import dev.cloudabi.app.events.EventBus;
import dev.cloudabi.app.services.Services;

/**
 * What a panel of one binary gets: the document, the shared state, the event bus of this binary,
 * and the application services.
 */
public record InspectorContext(
    BinaryDocument document,
    InspectorState state,
    EventBus<InspectorEvent> events,
    Services services) {

  /** Highlights {@code range} for every panel and asks the hex view to show it. */
  public void showBytes(dev.cloudabi.app.binary.ByteRange range) {
    state.highlight().set(range);
    events.publish(new InspectorEvent.ShowBytes(range));
  }
}
