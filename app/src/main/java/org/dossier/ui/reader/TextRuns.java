package org.dossier.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;

/**
 * The nodes of a message's runs of words, kept from one message to the next as its row is reused:
 * each node takes the next message's words, and its style classes change only when the run's do (a
 * changed class has the node's style worked out again).
 */
final class TextRuns {
    static final String RUN = "chat-text-run";

    private final List<Text> nodes = new ArrayList<>();

    /** A node for each run of this text, with the run's words and classes; valid until the next call. */
    List<Text> of(String text, List<Highlights.Run> runs) {
        while (nodes.size() < runs.size()) {
            nodes.add(new Text());
        }
        for (int i = 0; i < runs.size(); i++) {
            Highlights.Run run = runs.get(i);
            Text node = nodes.get(i);
            node.setText(text.substring(run.start(), run.end()));
            List<String> classes = new ArrayList<>(run.classes().size() + 1);
            classes.add(RUN);
            classes.addAll(run.classes());
            if (!node.getStyleClass().equals(classes)) {
                node.getStyleClass().setAll(classes);
            }
        }
        return nodes.subList(0, runs.size());
    }
}
