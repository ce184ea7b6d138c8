package org.dossier.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A row's word nodes are reused from one message to the next: none may keep the last message's look. */
@ExtendWith(ApplicationExtension.class)
class TextRunsTest {
    private final TextRuns runs = new TextRuns();

    @Test
    void aNodeThatShowedAMentionShowsPlainWordsPlainly() {
        Text mention = runs.of("王芳 Wang Fang said so", List.of(
                new Highlights.Run(0, 12, Set.of("mention", "mention-person")),
                new Highlights.Run(12, 20, Set.of()))).get(0);
        assertEquals(Set.of(TextRuns.RUN, "mention", "mention-person"), new HashSet<>(mention.getStyleClass()));

        List<Text> plain = runs.of("nothing to see", List.of(new Highlights.Run(0, 14, Set.of())));

        assertEquals(1, plain.size(), "only the runs of the message shown");
        assertSame(mention, plain.get(0), "the node is reused");
        assertEquals("nothing to see", plain.get(0).getText());
        assertEquals(List.of(TextRuns.RUN), plain.get(0).getStyleClass());
    }

    @Test
    void aMessageWithMoreRunsThanTheLastGetsANodeForEach() {
        runs.of("one run", List.of(new Highlights.Run(0, 7, Set.of())));

        List<Text> three = runs.of("Lumina in October", List.of(new Highlights.Run(0, 6, Set.of("mention", "mention-organization")),
                new Highlights.Run(6, 10, Set.of()), new Highlights.Run(10, 17, Set.of("mention", "mention-date"))));

        assertEquals(List.of("Lumina", " in ", "October"), three.stream().map(Text::getText).toList());
        assertEquals(Set.of(TextRuns.RUN, "mention", "mention-date"), new HashSet<>(three.get(2).getStyleClass()));
    }
}
