package dev.cloudabi.app.ui;

/**
 * The style classes of {@code workbench.css}, so views never spell a class name twice and never set
 * inline styles. Colours come from the AtlantaFX theme's looked-up colours, so both themes work.
 */
public final class Css {
  public static final String STYLESHEET = "/dev/cloudabi/app/workbench.css";

  public static final String STATUS_BAR = "wb-status-bar";
  public static final String PANE_TITLE = "wb-pane-title";
  public static final String WORKSPACE = "wb-workspace";
  public static final String RUN_AREA = "wb-run-area";
  public static final String PLACEHOLDER = "wb-placeholder";
  public static final String VERDICT = "wb-verdict";
  public static final String VERDICT_OK = "wb-verdict-ok";
  public static final String VERDICT_BAD = "wb-verdict-bad";
  public static final String FACT_KEY = "wb-fact-key";
  public static final String FACT_VALUE = "wb-fact-value";
  public static final String SEVERITY_ERROR = "wb-severity-error";
  public static final String SEVERITY_WARNING = "wb-severity-warning";
  public static final String SEVERITY_INFO = "wb-severity-info";
  public static final String MONO = "wb-mono";
  public static final String HEX_ROW = "wb-hex-row";
  public static final String HEX_OFFSET = "wb-hex-offset";
  public static final String HEX_BYTE = "wb-hex-byte";
  public static final String HEX_HIGHLIGHT = "wb-hex-highlight";
  public static final String HEX_SELECTED = "wb-hex-selected";
  public static final String HEX_ASCII = "wb-hex-ascii";
  public static final String LAYOUT_LANE = "wb-layout-lane";
  public static final String LAYOUT_BLOCK = "wb-layout-block";
  public static final String LAYOUT_SEGMENT = "wb-layout-segment";
  public static final String LAYOUT_SECTION = "wb-layout-section";
  public static final String LAYOUT_SELECTED = "wb-layout-selected";
  public static final String LAYOUT_LABEL = "wb-layout-label";
  public static final String TOOLBAR_SPACER = "wb-toolbar-spacer";
  public static final String RECOVERY_BANNER = "wb-recovery-banner";

  private Css() {}
}
