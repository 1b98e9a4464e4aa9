package dev.cloudabi.app.shell;

import dev.cloudabi.app.binary.BinaryDocument;
import dev.cloudabi.app.events.EventBus;
import dev.cloudabi.app.inspector.InspectorContext;
import dev.cloudabi.app.inspector.InspectorPanels;
import dev.cloudabi.app.inspector.InspectorView;
import dev.cloudabi.app.services.Services;
import dev.cloudabi.app.workspace.ConfigDocument;
import dev.cloudabi.app.workspace.WorkspaceItem;
import dev.cloudabi.designer.view.DesignerView;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/**
 * The centre: one tab per opened binary (its inspector) or configuration (the YAML designer, with a
 * {@code *} in the title while it has unsaved changes); kept in step with the model. Closing a tab
 * asks the model, which asks about unsaved changes.
 */
public final class DocumentTabs extends TabPane {
  public static final String ID = "document-tabs";
  public static final String DESIGNER_ID = "designer";

  private final Map<WorkspaceItem, Tab> tabs = new IdentityHashMap<>();

  public DocumentTabs(MainWindowViewModel model, Services services) {
    setId(ID);
    setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
    model
        .documents()
        .addListener(
            (ListChangeListener<WorkspaceItem>)
                change -> {
                  while (change.next()) {
                    for (WorkspaceItem doc : change.getRemoved()) {
                      Tab tab = tabs.remove(doc);
                      if (tab != null) {
                        getTabs().remove(tab);
                      }
                    }
                    for (WorkspaceItem doc : change.getAddedSubList()) {
                      Tab tab = new Tab(doc.fileName());
                      tab.setTooltip(new Tooltip(doc.path().toString()));
                      tab.setUserData(doc);
                      tab.setContent(content(doc, model, services));
                      if (doc instanceof ConfigDocument config) {
                        tab.textProperty().bind(config.designer().title());
                        tab.getTooltip()
                            .textProperty()
                            .bind(
                                config
                                    .designer()
                                    .path()
                                    .map(p -> p.toString())
                                    .orElse(doc.fileName()));
                      }
                      tab.setOnCloseRequest(
                          e -> {
                            e.consume();
                            model.close(doc);
                          });
                      tabs.put(doc, tab);
                      getTabs().add(tab);
                    }
                  }
                });
    model
        .active()
        .addListener(
            (o, a, doc) -> {
              Tab tab = doc == null ? null : tabs.get(doc);
              if (tab != null) {
                getSelectionModel().select(tab);
              }
            });
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, tab) -> {
              if (tab != null) {
                model.active().set((WorkspaceItem) tab.getUserData());
              }
            });
  }

  private static javafx.scene.Node content(
      WorkspaceItem item, MainWindowViewModel model, Services services) {
    if (item instanceof BinaryDocument doc) {
      return new InspectorView(
          new InspectorContext(doc, model.inspectorState(doc), new EventBus<>(), services),
          InspectorPanels.all());
    }
    ConfigDocument config = (ConfigDocument) item;
    DesignerView designer = new DesignerView(config.designer());
    designer.setId(DESIGNER_ID);
    return designer;
  }
}
