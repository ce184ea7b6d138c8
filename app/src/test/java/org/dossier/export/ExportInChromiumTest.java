package org.dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.OnTheSampleCase;
import org.dossier.export.ExportService.MemoFormat;
import org.dossier.export.ExportService.TimelineFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample case's HTML exports, opened in headless Chromium, render without a console message.
 * CI installs Chromium (.ci/run); a machine without it skips these, saying why.
 */
class ExportInChromiumTest extends OnTheSampleCase {
    @TempDir
    Path out;

    @BeforeEach
    void needsChromium() {
        assumeTrue(HeadlessChromium.installed(), "no Chromium at " + HeadlessChromium.EXECUTABLE + ": apt-get install chromium");
    }

    @Test
    void theTimelineRendersWithoutConsoleErrors() throws Exception {
        Path page = out.resolve("story.html");
        services.exporter().exportTimeline(sample, TimelineFormat.HTML, page);
        HeadlessChromium.Rendered rendered = HeadlessChromium.render(page, out);
        assertEquals(List.of(), rendered.console());
        assertTrue(rendered.dom().contains("The internal order to stop"), "Chromium built the page");
    }

    @Test
    void theMemoRendersWithoutConsoleErrors() throws Exception {
        Path page = out.resolve("memo.html");
        services.exporter().exportMemo(sample, MemoFormat.HTML, true, page);
        HeadlessChromium.Rendered rendered = HeadlessChromium.render(page, out);
        assertEquals(List.of(), rendered.console());
        assertTrue(rendered.dom().contains("Source memo"), "Chromium built the page");
    }

    @Test
    void aConsoleErrorIsCaught() throws Exception {
        Path page = Files.writeString(out.resolve("broken.html"),
                "<!doctype html><title>t</title><script>console.error('the check sees this')</script>");
        assertTrue(HeadlessChromium.render(page, out).console().stream().anyMatch(line -> line.contains("the check sees this")));
    }
}
