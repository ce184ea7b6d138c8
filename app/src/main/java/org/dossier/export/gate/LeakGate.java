package org.dossier.export.gate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The second line of source protection: after an export is rendered and before it is moved into
 * place, every place that holds words is read back from the file as its readers will get it
 * ({@link ReadBack}) and searched for what must never leave the case ({@link ForbiddenWords}): each
 * term the reporter marked, and each confidential source's identity, authors and private note, in
 * any written form. A hit refuses the export and names the place. Pictures may carry nothing but
 * their pixels ({@link PictureCheck}). The gate shares no code with the redactor, so one bug cannot
 * defeat both.
 */
public final class LeakGate {
    /** The kinds of file an export writes, each read back its own way. */
    public enum Kind {
        HTML, JSON, CSV, PDF, XML
    }

    private final ForbiddenWords forbidden;

    /**
     * @param names   names and terms, looked for in any form and in any of their parts
     * @param phrases private notes, looked for as a whole
     */
    public LeakGate(List<String> names, List<String> phrases) {
        forbidden = new ForbiddenWords(names, phrases);
    }

    /** Reads the file back; throws {@link LeakFound} naming the first place that holds a forbidden word or a picture's metadata. */
    public void check(Path file, Kind kind) throws IOException {
        Checker checker = new Checker();
        switch (kind) {
            case HTML -> ReadBack.html(file, checker);
            case JSON -> ReadBack.json(file, checker);
            case CSV -> ReadBack.csv(file, checker);
            case PDF -> ReadBack.pdf(file, checker);
            case XML -> ReadBack.xml(file, checker);
        }
    }

    /** The refusal: what was found, and where. */
    public static final class LeakFound extends RuntimeException {
        LeakFound(String message) {
            super(message);
        }
    }

    private final class Checker implements ReadBack.Found {
        @Override
        public void text(String where, String text) {
            if (text == null || text.isEmpty() || forbidden.units().isEmpty()) {
                return;
            }
            Optional<ForbiddenWords.Unit> found = new Scan(text).find(forbidden.units());
            if (found.isPresent()) {
                throw new LeakFound(where + " holds what must not leave the case (from “" + found.get().from() + "”)");
            }
        }

        @Override
        public void picture(String where, byte[] bytes) {
            Optional<PictureCheck.Extra> extra = PictureCheck.extra(bytes);
            if (extra.isPresent()) {
                text(where + " (" + extra.get().what() + ")", extra.get().text());
                throw new LeakFound(where + " carries " + extra.get().what() + ", which Dossier never embeds");
            }
        }
    }
}
