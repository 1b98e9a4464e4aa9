package dev.cloudabi.app.inspector;

import java.util.function.Function;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One inspector panel: an id (also the tab's node id), a title, an icon and how to build its view
 * for a binary. Register it with one line in {@link InspectorPanels}.
 */
public record PanelSpec(
    String id, String title, Ikon icon, Function<InspectorContext, Node> factory) {}
