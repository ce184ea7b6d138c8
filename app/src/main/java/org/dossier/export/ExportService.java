package org.dossier.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.attribution.AttributionService;
import org.dossier.attribution.Excerpts;
import org.dossier.model.Citation;
import org.dossier.model.Claim;
import org.dossier.model.ClaimStatus;
import org.dossier.model.Evidence;
import org.dossier.model.Item;
import org.dossier.model.StoryEvent;
import org.dossier.store.CaseFile;
import org.dossier.store.ItemReader;
import org.dossier.store.StoryStore;

/**
 * What leaves Dossier. The annotated timeline of the story's pinned events, as a self-contained
 * HTML page, TimelineJS JSON or CSV; the source memo of the claims for editors and lawyers. An export is written beside its target and moved into place
 * when complete, so a failed export never leaves half a file under the name asked for.
 */
public final class ExportService {
    /** How many characters around an excerpt the memo quotes each side. */
    private static final int CONTEXT = 200;

    private final Clock clock;
    private final AttributionService attribution;

    public ExportService(Clock clock, AttributionService attribution) {
        this.clock = clock;
        this.attribution = attribution;
    }

    /** The formats of the annotated timeline. */
    public enum TimelineFormat {
        HTML, TIMELINEJS, CSV
    }

    /** Writes the story timeline of the case to {@code target}; how many events it holds. */
    public int exportTimeline(CaseFile caseFile, TimelineFormat format, Path target) {
        List<StoryEvent> events;
        try (StoryStore story = caseFile.story()) {
            events = story.pinned();
        }
        AnnotatedTimeline timeline = new AnnotatedTimeline(caseName(caseFile), caseFile.timeZone(), clock.instant(), events);
        writeAtomically(target, out -> {
            switch (format) {
                case HTML -> TimelineHtmlWriter.write(timeline, out);
                case TIMELINEJS -> TimelineJsWriter.write(timeline, out);
                case CSV -> TimelineCsvWriter.write(timeline, out);
            }
        });
        return events.size();
    }

    /**
     * Writes the source memo as HTML: the approved claims, or every claim when asked (and the memo
     * says so), each excerpt in its context and cited; how many claims it holds.
     */
    public int exportMemo(CaseFile caseFile, boolean includeUnapproved, Path target) {
        List<SourceMemo.Entry> entries = new ArrayList<>();
        try (ItemReader items = caseFile.newItemReader()) {
            Map<Long, Item> read = new HashMap<>();
            for (Claim claim : attribution.claims(caseFile)) {
                if (!includeUnapproved && claim.status() != ClaimStatus.APPROVED) {
                    continue;
                }
                List<SourceMemo.Quoted> quoted = new ArrayList<>();
                for (Evidence evidence : claim.evidence()) {
                    Item item = read.computeIfAbsent(evidence.itemId(), id -> items.item(id).orElseThrow());
                    quoted.add(inContext(evidence, item));
                }
                entries.add(new SourceMemo.Entry(claim, quoted));
            }
        }
        SourceMemo memo = new SourceMemo(caseName(caseFile), caseFile.timeZone(), clock.instant(), includeUnapproved, entries);
        writeAtomically(target, out -> MemoHtmlWriter.write(memo, out));
        return entries.size();
    }

    /** The words around an excerpt in its item, and its citation (with the page for a paged document). */
    private static SourceMemo.Quoted inContext(Evidence evidence, Item item) {
        String text = item.text() == null ? "" : item.text();
        Excerpts.InContext around = Excerpts.inContext(text, evidence.span(), CONTEXT);
        int start = Math.min(evidence.span().start(), text.length());
        Integer page = text.indexOf('\f') < 0 ? null : (int) text.substring(0, start).chars().filter(c -> c == '\f').count() + 1;
        Citation citation = new Citation(item.provenance().path(), item.provenance().sha256().hex(), item.provenance().locator(), page,
                item.author(), item.occurredAt() == null ? null : item.occurredAt().instant());
        return new SourceMemo.Quoted(evidence, around.before(), around.after(), citation);
    }

    private static String caseName(CaseFile caseFile) {
        return caseFile.path().getFileName().toString().replaceFirst("\\.dossier$", "");
    }

    private static void writeAtomically(Path target, Output output) {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                output.write(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the export failed already; the partial file is named as such
            }
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes an export to a stream. */
    private interface Output {
        void write(OutputStream out) throws IOException;
    }
}
