package org.dossier.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A filter's control with its name beside it, kept together where a row of filters wraps. */
public final class Labelled {
    private Labelled() {
    }

    public static HBox of(String label, Node control) {
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, name, control);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
