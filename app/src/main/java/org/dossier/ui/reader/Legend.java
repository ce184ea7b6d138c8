package org.dossier.ui.reader;

import java.util.Locale;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.dossier.model.MentionType;

/** Toggles for which kinds of mention the readers highlight, each in its highlight's colour. */
final class Legend extends FlowPane {
    Legend(ReaderViewModel model) {
        super(4, 4);
        getStyleClass().add("legend");
        for (MentionType type : MentionType.values()) {
            String name = type.name().toLowerCase(Locale.ROOT);
            ToggleButton toggle = new ToggleButton(name.equals("organization") ? "organisation" : name);
            toggle.setId("legend-" + name);
            toggle.getStyleClass().addAll("legend-toggle", Highlights.styleClass(type));
            toggle.selectedProperty().bindBidirectional(model.shownProperty(type));
            toggle.setFocusTraversable(false);
            getChildren().add(toggle);
        }
    }
}
