package org.dossier.export;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.OnTheSampleCase;
import org.dossier.export.ExportService.GraphFormat;
import org.dossier.model.Actor;
import org.dossier.model.ConfidentialSource;
import org.dossier.model.GraphFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ways in found by a hostile review of the graph export (2026-12-02): a person named in Latin
 * letters only, whose Chinese name an account of theirs writes (the sample's Chen Li is 陈立 on
 * Telegram), stayed visible under that name.
 */
class OtherScriptSourceTest extends OnTheSampleCase {
    private static final Actor EDITOR = new Actor("Editor", Actor.Role.EDITOR);

    @TempDir
    Path out;

    @Test
    void aSourceRecordedInLatinLettersIsHiddenUnderTheChineseNameTheCaseKnowsForThem() throws Exception {
        services.attribution().addConfidentialSource(sample, "Heron", null, "Chen Li", ConfidentialSource.DatesShown.MONTH, EDITOR);
        Path graph = out.resolve("graph.json");
        services.exporter().exportGraph(sample, GraphFormat.JSON, GraphFilter.NONE, graph);
        Path memo = out.resolve("memo.html");
        services.exporter().exportMemo(sample, ExportService.MemoFormat.HTML, true, memo);
        Path timeline = out.resolve("timeline.html");
        services.exporter().exportTimeline(sample, ExportService.TimelineFormat.HTML, timeline);
        for (Path export : new Path[] {graph, memo, timeline}) {
            String text = Files.readString(export);
            assertFalse(text.contains("陈立") || text.contains("陳立") || text.contains("user6010203040"), export.getFileName() + " names 陈立");
        }
    }

    @Test
    void anAccountNamedLikeAHiddenOneIsLeftOutOfTheGraphToo() throws Exception {
        services.exporter().redactTerm(sample, EDITOR, "Chen Li"); // a term is hidden as typed: 陈立 alone is not it
        Path graph = out.resolve("graph.json");
        services.exporter().exportGraph(sample, GraphFormat.JSON, GraphFilter.NONE, graph);
        String text = Files.readString(graph);
        assertFalse(text.contains("user6010203040") || text.contains("陈立"), "the Telegram account 陈立 is Chen Li's too: " + text);
    }
}
