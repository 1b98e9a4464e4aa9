package dev.cloudabi.app.inspector;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector of one binary: a tab per registered panel, each built the first time it is shown.
 * Events that ask for a panel (show bytes, disassemble) bring its tab to the front.
 */
public final class InspectorView extends TabPane {
  private final Map<String, Tab> tabs = new HashMap<>();

  public InspectorView(InspectorContext context, List<PanelSpec> panels) {
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    getStyleClass().add("inspector");
    for (PanelSpec spec : panels) {
      Tab tab = new Tab(spec.title());
      tab.setId("panel-" + spec.id());
      tab.setGraphic(new FontIcon(spec.icon()));
      tab.setUserData(spec);
      tabs.put(spec.id(), tab);
      getTabs().add(tab);
    }
    getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> build(tab, context));
    // Panels that react to events must exist before the event arrives.
    for (String eager : List.of(InspectorPanels.HEX, InspectorPanels.DISASSEMBLY)) {
      if (tabs.containsKey(eager)) {
        build(tabs.get(eager), context);
      }
    }
    build(getSelectionModel().getSelectedItem(), context);
    context.events().subscribe(InspectorEvent.ShowBytes.class, e -> select(InspectorPanels.HEX));
    context
        .events()
        .subscribe(InspectorEvent.ShowDisassembly.class, e -> select(InspectorPanels.DISASSEMBLY));
  }

  /** Brings the panel with this id to the front. */
  public void select(String id) {
    Tab tab = tabs.get(id);
    if (tab != null) {
      getSelectionModel().select(tab);
    }
  }

  private static void build(Tab tab, InspectorContext context) {
    if (tab != null && tab.getContent() == null) {
      tab.setContent(((PanelSpec) tab.getUserData()).factory().apply(context));
    }
  }
}
