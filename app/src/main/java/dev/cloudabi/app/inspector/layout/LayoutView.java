package dev.cloudabi.app.inspector.layout;

import dev.cloudabi.app.binary.Hex;
import dev.cloudabi.app.ui.Css;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Draws the lanes of a {@link LayoutViewModel} to scale; hover for details, click to select. */
public final class LayoutView extends BorderPane {
  public static final String ID = "layout-picture";
  private static final double LANE_HEIGHT = 34;
  private static final double MIN_WIDTH = 2;

  private final Map<Block, Label> regions = new IdentityHashMap<>();

  public LayoutView(LayoutViewModel model) {
    VBox lanes = new VBox(6);
    lanes.setId(ID);
    lanes.setPadding(new Insets(12));
    for (Lane lane : model.lanes()) {
      Label title =
          new Label(
              lane.title() + "   " + Hex.of(lane.spanStart()) + " … " + Hex.of(lane.spanEnd()));
      title.getStyleClass().add(Css.LAYOUT_LABEL);
      lanes.getChildren().addAll(title, lanePane(lane, model));
    }
    Label selected =
        new Label(
            "Hover a block for details; click to select its bytes, double-click to show them");
    selected.setWrapText(true);
    model
        .selected()
        .addListener(
            (o, old, block) -> {
              if (old != null && regions.containsKey(old)) {
                regions.get(old).getStyleClass().remove(Css.LAYOUT_SELECTED);
              }
              if (block != null) {
                regions.get(block).getStyleClass().add(Css.LAYOUT_SELECTED);
                selected.setText(block.detail().replace('\n', ' '));
              }
            });
    lanes.getChildren().add(selected);
    ScrollPane scroll = new ScrollPane(lanes);
    scroll.setFitToWidth(true);
    setCenter(scroll);
  }

  private Pane lanePane(Lane lane, LayoutViewModel model) {
    Pane pane =
        new Pane() {
          @Override
          protected void layoutChildren() {
            double w = getWidth();
            for (var child : getChildren()) {
              Block b = (Block) child.getUserData();
              double x = b.start() * w;
              double width = Math.max(MIN_WIDTH, b.width() * w);
              child.resizeRelocate(Math.min(x, w - MIN_WIDTH), 0, width, LANE_HEIGHT);
            }
          }
        };
    pane.getStyleClass().add(Css.LAYOUT_LANE);
    pane.setMinHeight(LANE_HEIGHT);
    pane.setPrefHeight(LANE_HEIGHT);
    for (Block block : lane.blocks()) {
      Label r = new Label(block.label());
      r.setTextOverrun(javafx.scene.control.OverrunStyle.CLIP);
      r.setMinWidth(0);
      r.setUserData(block);
      r.getStyleClass()
          .addAll(Css.LAYOUT_BLOCK, block.segment() ? Css.LAYOUT_SEGMENT : Css.LAYOUT_SECTION);
      Tooltip tip = new Tooltip(block.detail());
      tip.setShowDelay(Duration.millis(150));
      Tooltip.install(r, tip);
      r.setOnMouseClicked(
          e -> {
            if (e.getClickCount() == 2) {
              model.open(block);
            } else {
              model.select(block);
            }
          });
      regions.put(block, r);
      pane.getChildren().add(r);
    }
    return pane;
  }
}
