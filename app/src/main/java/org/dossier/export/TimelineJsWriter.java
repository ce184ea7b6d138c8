package org.dossier.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.dossier.model.TimelineEvent.EventPrecision;
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
        StringBuilder titleText = new StringBuilder("<p>" + timeline.eventsOfTheStory() + "; times in " + timeline.zone().getId() + ".</p>");
        ArrayNode events = root.putArray("events");
        for (AnnotatedTimeline.Event event : timeline.events()) {
            if (event.dateWithheld()) { // a slide needs a date: the title slide tells these, undated
                titleText.append("<h3>").append(Entities.escape(event.chapter() + ": " + event.headline())).append("</h3>").append(body(event));
                continue;
            }
            ObjectNode slide = events.addObject();
            slide.set("start_date", JSON.valueToTree(StoryDates.timelineJs(event.start(), event.precision(), timeline.zone())));
            if (event.precision() == EventPrecision.MONTH || event.precision() == EventPrecision.YEAR) {
                slide.set("end_date", JSON.valueToTree(StoryDates.timelineJs(event.end(), event.precision(), timeline.zone())));
            }
            slide.putObject("text").put("headline", Entities.escape(event.headline())).put("text", body(event));
            if (event.media().link() != null) {
                slide.putObject("media").put("url", event.media().link()).put("caption", Entities.escape(event.headline()));
            }
            if (event.chapter() != null) {
                slide.put("group", event.chapter());
            }
            slide.put("unique_id", event.ref());
        }
        title.putObject("text").put("headline", Entities.escape(timeline.title())).put("text", titleText.toString());
        JSON.writeValue(out, root);
    }

    /** The slide's text: the note, the excerpt quoted, the citation; escaped, since TimelineJS shows it as HTML. */
    private static String body(AnnotatedTimeline.Event event) {
        StringBuilder html = new StringBuilder();
        if (event.note() != null) {
            html.append("<p>").append(Entities.escape(event.note())).append("</p>");
        }
        html.append("<blockquote>").append(Entities.escape(event.excerpt())).append("</blockquote>");
        html.append("<p><cite>").append(Entities.escape(CitationText.of(event.citation()))).append("</cite></p>");
        return html.toString();
    }
}
