package org.dossier.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.dossier.model.StoryEvent;
import org.dossier.model.TimelineEvent.EventPrecision;
import org.dossier.model.TimelineEvent;
import org.jsoup.nodes.Entities;

/**
 * The story as Knight Lab's TimelineJS reads it: a title slide, then each event with its start date
 * at its precision (a month or a year also has an end date), its headline, its note with the quoted
 * excerpt and citation as text, its media and its chapter as the group.
 */
final class TimelineJsWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineJsWriter() {
    }

    static void write(AnnotatedTimeline timeline, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode title = root.putObject("title");
        title.putObject("text").put("headline", timeline.title())
                .put("text", "<p>" + timeline.eventsOfTheStory() + "; times in " + timeline.zone().getId() + ".</p>");
        ArrayNode events = root.putArray("events");
        for (StoryEvent entry : timeline.events()) {
            TimelineEvent event = entry.event();
            ObjectNode slide = events.addObject();
            slide.set("start_date", JSON.valueToTree(StoryDates.timelineJs(event.start(), event.precision(), timeline.zone())));
            if (event.precision() == EventPrecision.MONTH || event.precision() == EventPrecision.YEAR) {
                slide.set("end_date", JSON.valueToTree(StoryDates.timelineJs(event.end(), event.precision(), timeline.zone())));
            }
            slide.putObject("text").put("headline", Entities.escape(entry.text().headline())).put("text", body(entry, timeline));
            if (entry.text().media() != null && entry.text().media().startsWith("http")) {
                slide.putObject("media").put("url", entry.text().media()).put("caption", Entities.escape(entry.text().headline()));
            }
            if (entry.chapter() != null) {
                slide.put("group", entry.chapter());
            }
            slide.put("unique_id", "event-" + entry.storyId());
        }
        JSON.writeValue(out, root);
    }

    /** The slide's text: the note, the excerpt quoted, the citation; escaped, since TimelineJS shows it as HTML. */
    private static String body(StoryEvent entry, AnnotatedTimeline timeline) {
        StringBuilder html = new StringBuilder();
        if (entry.text().note() != null) {
            html.append("<p>").append(Entities.escape(entry.text().note())).append("</p>");
        }
        html.append("<blockquote>").append(Entities.escape(entry.event().excerpt())).append("</blockquote>");
        html.append("<p><cite>").append(Entities.escape(CitationText.of(entry.citation(), timeline.zone()))).append("</cite></p>");
        return html.toString();
    }
}
