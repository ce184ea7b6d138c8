package org.dossier.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dossier.OnTheSampleCase;
import org.dossier.export.ExportService.TimelineFormat;
import org.dossier.model.TimelineEvent.EventPrecision;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotated timeline of the sample's story, as HTML, TimelineJS JSON and CSV. */
class TimelineExportTest extends OnTheSampleCase {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ExportService exports = services.exporter();
    @TempDir
    Path out;

    @Test
    void theHtmlIsSelfContainedAndCitesEachEvent() throws Exception {
        Path file = out.resolve("story.html");
        assertEquals(8, exports.exportTimeline(sample, TimelineFormat.HTML, file));
        assertTrue(Files.readString(file).startsWith("<!doctype html>"), "standards mode");
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        assertTrue(page.select("script, link, iframe, object, embed").isEmpty(), "nothing loaded from elsewhere");
        for (Element element : page.select("[src]")) {
            assertTrue(element.attr("src").startsWith("data:"), element.outerHtml());
        }
        assertFalse(page.select("style").html().contains("url("), "no font or picture fetched by the styles");
        assertEquals(List.of("Building Tidewater on Lumina", "The stop and the suspension", "On the record", "Provenance"), page.select("h2").eachText());
        assertTrue(page.select("header p").text().startsWith("8 events of the story, in time order."), page.select("header p").text());
        Element order = page.select("article").stream().filter(a -> a.select("h3").text().equals("The internal order to stop"))
                .findFirst().orElseThrow();
        assertEquals("2023-11-20 18:36 CST", order.select("time").text());
        assertTrue(order.select("blockquote").text().contains("Stop using Lumina outputs"), order.html());
        assertTrue(order.select("cite").text().startsWith("2023-11-20 Stop using Lumina.eml"), order.select("cite").text());
        assertTrue(order.select("cite").text().contains(", sealed "), "its Cc names the sample's confidential source: no hash of it");
        assertTrue(page.text().contains("潮汐项目"), "Chinese as written");
        assertFalse(Files.exists(out.resolve("story.html.partial")));
    }

    @Test
    void theTimelineJsJsonHasWhatTimelineJsRequires() throws Exception {
        Path file = out.resolve("story.json");
        exports.exportTimeline(sample, TimelineFormat.TIMELINEJS, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertTrue(root.path("title").path("text").path("headline").isTextual());
        JsonNode events = root.get("events");
        assertEquals(8, events.size());
        for (JsonNode event : events) {
            JsonNode start = event.get("start_date");
            assertTrue(start.get("year").isInt(), event.toString());
            assertTrue(!start.has("month") || start.get("month").asInt() >= 1 && start.get("month").asInt() <= 12);
            assertTrue(event.path("text").path("headline").isTextual());
            assertTrue(event.path("group").isTextual(), "every sample event is in a chapter");
        }
        JsonNode order = events.get(3);
        assertEquals("The internal order to stop", order.path("text").path("headline").asText());
        assertEquals("{\"year\":2023,\"month\":11,\"day\":20,\"hour\":18,\"minute\":36}", order.get("start_date").toString());
        assertTrue(order.path("text").path("text").asText().contains("<blockquote>"));
    }

    @Test
    void aMonthIsASpanFromItsFirstToItsLastDay() throws Exception {
        AnnotatedTimeline one = new AnnotatedTimeline("Test", SHANGHAI, Instant.EPOCH, List.of(new AnnotatedTimeline.Event("event-1",
                Instant.parse("2023-09-30T16:00:00Z"), Instant.parse("2023-10-31T15:59:59.999Z"), EventPrecision.MONTH, false, "October's usage",
                null, "十月 API 用量 <b>", null, 1L, null, false, AnnotatedTimeline.Media.NONE)));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        TimelineJsWriter.write(one, json);
        JsonNode event = new ObjectMapper().readTree(json.toByteArray()).get("events").get(0);
        assertEquals("{\"year\":2023,\"month\":10}", event.get("start_date").toString());
        assertEquals("{\"year\":2023,\"month\":10}", event.get("end_date").toString());
        assertTrue(event.path("text").path("text").asText().contains("十月 API 用量 &lt;b&gt;"), "the excerpt is text, not HTML");
        assertFalse(event.has("group"));
        assertEquals("<p>1 event of the story; times in Asia/Shanghai.</p>",
                new ObjectMapper().readTree(json.toByteArray()).path("title").path("text").path("text").asText());
    }

    @Test
    void theCsvOpensWithItsColumnsAndChineseIntact() throws Exception {
        Path file = out.resolve("story.csv");
        exports.exportTimeline(sample, TimelineFormat.CSV, file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "a byte-order mark for Excel");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
        assertEquals(8, rows.size());
        assertEquals(Arrays.asList(TimelineCsvWriter.COLUMNS), rows.get(0).getParser().getHeaderNames());
        CSVRecord kickoff = rows.get(0);
        assertEquals("2023-07-10 09:00 CST", kickoff.get("date"));
        assertEquals("Building Tidewater on Lumina", kickoff.get("chapter"));
        assertEquals("潮汐项目启动备忘录 / Project Tidewater kickoff", kickoff.get("excerpt"));
        assertTrue(kickoff.get("fingerprint").matches("sealed [0-9a-f]{64}"), "the sample hides its source: every file is sealed");
    }

    @Test
    void anEventWhoseDateIsWithheldHasNoDateInAnyFormatAndACellIsNeverAFormula() throws Exception {
        AnnotatedTimeline.Event dated = new AnnotatedTimeline.Event("event-1", Instant.parse("2023-09-30T16:00:00Z"),
                Instant.parse("2023-09-30T16:00:00Z"), EventPrecision.MINUTE, false, "=HYPERLINK(\"https://example.org\")", null, "+1 more",
                null, null, null, false, AnnotatedTimeline.Media.NONE);
        AnnotatedTimeline.Event undated = new AnnotatedTimeline.Event("event-2", Instant.EPOCH, Instant.EPOCH, EventPrecision.YEAR, true,
                "Warned from inside", null, Redactor.WITHHELD, null, null, SafeCopy.UNDATED, true, AnnotatedTimeline.Media.NONE);
        AnnotatedTimeline story = new AnnotatedTimeline("Test", SHANGHAI, Instant.parse("2024-01-01T00:00:00Z"), List.of(dated, undated));

        org.jsoup.nodes.Element page = TimelineHtmlWriter.page(story).body();
        assertEquals("2023-10-01T00:00+08:00", page.selectFirst("#event-1 time").attr("datetime"), "no finer than the minute shown");
        assertNull(page.selectFirst("#event-2 time"));
        assertEquals(StoryDates.WITHHELD, page.selectFirst("#event-2 .date-withheld").text());
        assertFalse(page.text().contains("1970"));

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        TimelineJsWriter.write(story, json);
        JsonNode root = new ObjectMapper().readTree(json.toByteArray());
        assertEquals(1, root.get("events").size(), "a TimelineJS slide needs a date: the undated event is told on the title slide");
        assertTrue(root.path("title").path("text").path("text").asText().contains("Warned from inside"));
        assertFalse(json.toString(StandardCharsets.UTF_8).contains("1970"));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        TimelineCsvWriter.write(story, csv);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
        assertEquals("'=HYPERLINK(\"https://example.org\")", rows.get(0).get("headline"), "a spreadsheet shows it, never runs it");
        assertEquals("'+1 more", rows.get(0).get("excerpt"));
        assertEquals(StoryDates.WITHHELD, rows.get(1).get("date"));
        assertEquals("withheld", rows.get(1).get("precision"));
    }
}
