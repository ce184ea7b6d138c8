package org.dossier.export;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
            """ + OcrCropHtml.STYLE + """
            @media print { body { max-width: none; } a { color: inherit; } }
            """;
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private TimelineHtmlWriter() {
    }

    static Document page(AnnotatedTimeline timeline) {
        Document page = HtmlPage.create(timeline.title() + ": the story timeline", STYLE);
        Element header = page.body().appendElement("header");
        header.appendElement("h1").text(timeline.title());
        header.appendElement("p").text(timeline.eventsOfTheStory() + ", in time order. Times in "
                + timeline.zone().getId() + ". Exported by Dossier on " + MADE.format(timeline.made().atZone(timeline.zone())) + ".");
        Element main = page.body().appendElement("main");
        Element section = main;
        for (AnnotatedTimeline.Event event : timeline.events()) {
            if (event.beginsChapter()) {
                section = main.appendElement("section");
                section.appendElement("h2").text(event.chapter());
            }
            Element article = section.appendElement("article").attr("id", event.ref());
            if (event.dateWithheld()) {
                article.appendElement("p").addClass("date-withheld").text(StoryDates.WITHHELD);
            } else {
                article.appendElement("time").attr("datetime", StoryDates.machine(event.start(), event.precision(), timeline.zone()))
                        .text(StoryDates.text(event.start(), event.precision(), timeline.zone()));
            }
            article.appendElement("h3").text(event.headline());
            if (event.note() != null) {
                article.appendElement("p").text(event.note());
            }
            article.appendElement("blockquote").text(event.excerpt());
            OcrCropHtml.show(article, event.citation());
            article.appendElement("cite").text(CitationText.of(event.citation()));
            media(article, event.media(), event.headline());
        }
        return page;
    }

    /** A picture is embedded as re-encoded; a web address is a link to follow, never fetched by the page; any other file is named. */
    private static void media(Element article, AnnotatedTimeline.Media media, String headline) {
        if (media.link() != null) {
            article.appendElement("p").appendElement("a").attr("href", media.link()).attr("rel", "noopener").text(media.link());
        } else if (media.picture() != null) {
            article.appendElement("img").attr("alt", "Picture: " + headline)
                    .attr("src", media.picture().dataUri());
        } else if (media.fileName() != null) {
            article.appendElement("p").text("Media: " + media.fileName());
        }
    }
}
