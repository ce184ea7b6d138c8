package org.dossier.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import org.dossier.model.StoryEvent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story as one self-contained HTML page: its styles inline, its pictures embedded, no request
 * to any other host, readable on a phone and printable. Each event: its date at its precision, its
 * headline, its note, the excerpt quoted, and the citation; chapters as sections.
 */
final class TimelineHtmlWriter {
    private static final String STYLE = """
            body { font-family: "Noto Sans CJK SC", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0 auto;
                   max-width: 46rem; padding: 1.5rem 1rem 3rem; color: #222; line-height: 1.5; }
            header p { color: #555; font-size: .9rem; }
            h1 { font-size: 1.6rem; margin-bottom: .2rem; }
            h2 { font-size: 1.2rem; color: #1b4f9c; border-bottom: 2px solid #1b4f9c; padding-bottom: .2rem; margin-top: 2rem; }
            article { border-left: 3px solid #d6d6d2; padding: .2rem 0 .2rem 1rem; margin: 1.2rem 0; page-break-inside: avoid; }
            time { color: #555; font-size: .85rem; font-weight: bold; }
            h3 { font-size: 1.05rem; margin: .2rem 0; }
            blockquote { margin: .5rem 0; padding: .4rem .8rem; background: #f6f6f3; border-left: 3px solid #999; white-space: pre-wrap; }
            cite { display: block; color: #666; font-size: .8rem; font-style: normal; overflow-wrap: anywhere; }
            img { max-width: 100%; height: auto; }
            @media print { body { max-width: none; } a { color: inherit; } }
            """;
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private TimelineHtmlWriter() {
    }

    static Document page(AnnotatedTimeline timeline) throws IOException {
        Document page = HtmlPage.create(timeline.title() + ": the story timeline", STYLE);
        Element header = page.body().appendElement("header");
        header.appendElement("h1").text(timeline.title());
        header.appendElement("p").text(timeline.eventsOfTheStory() + ", in time order. Times in "
                + timeline.zone().getId() + ". Exported by Dossier on " + MADE.format(timeline.made().atZone(timeline.zone())) + ".");
        Element main = page.body().appendElement("main");
        Element section = main;
        for (StoryEvent entry : timeline.events()) {
            if (entry.beginsChapter()) {
                section = main.appendElement("section");
                section.appendElement("h2").text(entry.chapter());
            }
            Element article = section.appendElement("article").attr("id", "event-" + entry.storyId());
            article.appendElement("time").attr("datetime", entry.event().start().toString())
                    .text(StoryDates.text(entry.event(), timeline.zone()));
            article.appendElement("h3").text(entry.text().headline());
            if (entry.text().note() != null) {
                article.appendElement("p").text(entry.text().note());
            }
            article.appendElement("blockquote").text(entry.event().excerpt());
            article.appendElement("cite").text(CitationText.of(entry.citation(), timeline.zone()));
            media(article, entry.text().media());
        }
        return page;
    }

    /** A picture file is embedded; a web address is a link to follow, never fetched by the page. */
    private static void media(Element article, String media) throws IOException {
        if (media == null) {
            return;
        }
        if (isLink(media)) {
            article.appendElement("p").appendElement("a").attr("href", media).attr("rel", "noopener").text(media);
            return;
        }
        Path file = Path.of(media);
        String type = pictureType(media);
        if (type != null) {
            article.appendElement("img").attr("alt", file.getFileName().toString())
                    .attr("src", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
        } else {
            article.appendElement("p").text("Media: " + file.getFileName());
        }
    }

    /**
     * The type of the picture an event's media names, which the page embeds as it is; null for a web
     * address, a file that is not a picture, or one whose type cannot be told (shown by name only).
     */
    static String pictureType(String media) {
        if (media == null || isLink(media)) {
            return null;
        }
        try {
            Path file = Path.of(media);
            String type = Files.isRegularFile(file) ? Files.probeContentType(file) : null;
            return type != null && type.startsWith("image/") ? type : null;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static boolean isLink(String media) {
        return media.startsWith("http://") || media.startsWith("https://");
    }
}
