package org.dossier.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import org.dossier.model.StoryEvent;
import org.dossier.store.CaseFile;
import org.dossier.store.StoryStore;

/**
 * What leaves Dossier. The annotated timeline of the story's pinned events, as a self-contained
 * HTML page, TimelineJS JSON or CSV. An export is written beside its target and moved into place
 * when complete, so a failed export never leaves half a file under the name asked for.
 */
public final class ExportService {
    private final Clock clock;

    public ExportService(Clock clock) {
        this.clock = clock;
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
        String name = caseFile.path().getFileName().toString().replaceFirst("\\.dossier$", "");
        AnnotatedTimeline timeline = new AnnotatedTimeline(name, caseFile.timeZone(), clock.instant(), events);
        writeAtomically(target, out -> {
            switch (format) {
                case HTML -> TimelineHtmlWriter.write(timeline, out);
                case TIMELINEJS -> TimelineJsWriter.write(timeline, out);
                case CSV -> TimelineCsvWriter.write(timeline, out);
            }
        });
        return events.size();
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
