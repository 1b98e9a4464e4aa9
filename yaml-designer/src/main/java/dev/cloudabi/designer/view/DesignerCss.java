package dev.cloudabi.designer.view;

/** The style classes of {@code designer.css}; views never spell a class name twice. */
public final class DesignerCss {
  public static final String STYLESHEET =
      DesignerCss.class.getResource("/dev/cloudabi/designer/designer.css").toExternalForm();

  public static final String PANE_TITLE = "ds-pane-title";
  public static final String PALETTE = "ds-palette";
  public static final String FORM = "ds-form";
  public static final String FORM_LABEL = "ds-form-label";
  public static final String STALE = "ds-stale";
  public static final String TREE_STALE = "ds-tree-stale";
  public static final String MESSAGE = "ds-message";
  public static final String CHECK_OK = "ds-check-ok";
  public static final String CHECK_BAD = "ds-check-bad";
  public static final String TREE_KEY = "ds-tree-key";
  public static final String TREE_KIND = "ds-tree-kind";
  public static final String TREE_CAPABILITY = "ds-tree-capability";
  public static final String DROP_TARGET = "ds-drop-target";
  public static final String MONO = "ds-mono";
  public static final String HEX_ROW = "ds-hex-row";
  public static final String HEX_LIST = "ds-hex-list";
  public static final String HEX_OFFSET = "ds-hex-offset";
  public static final String HEX_BYTE = "ds-hex-byte";
  public static final String HEX_VALUE = "ds-hex-value";
  public static final String HEX_KEY = "ds-hex-key";
  public static final String HEX_ASCII = "ds-hex-ascii";
  public static final String HINTS = "ds-hints";

  private DesignerCss() {}
}
