package dev.cloudabi.designer.edit;

import dev.cloudabi.designer.text.TextEdit;
import dev.cloudabi.designer.tree.NodePath;

/** A tree edit as a splice of the text, and the node to select once the text is re-read. */
public record Change(TextEdit edit, NodePath select) {}
