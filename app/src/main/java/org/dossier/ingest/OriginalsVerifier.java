package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.dossier.model.OriginalCheck;
import org.dossier.store.CaseFile;
import org.dossier.store.Originals;
import org.dossier.store.SourceLookup;

/**
 * Re-hashes every original the case recorded and compares it with the hash taken at import: the
 * case's own copy where it keeps one (a team case keeps them all, decision 0031), else the file on
 * disk. An archive's entries are covered by the archive's own hash.
 */
public final class OriginalsVerifier {

    /** The originals checked and those that no longer match. */
    public record Report(long checked, List<OriginalCheck> problems) {
        public boolean allMatch() {
            return problems.isEmpty();
        }
    }

    public Report verify(CaseFile caseFile) {
        return verify(caseFile, path -> true);
    }

    /** Re-hashes only the originals whose path as received is chosen (those an export cites, say). */
    public Report verify(CaseFile caseFile, Predicate<String> chosen) {
        List<OriginalCheck> problems = new ArrayList<>();
        long[] checked = {0};
        Originals originals = Originals.of(caseFile);
        try (SourceLookup lookup = SourceLookup.of(caseFile)) {
            lookup.forEachOriginal(original -> {
                if (!chosen.test(original.path())) {
                    return;
                }
                checked[0]++;
                OriginalCheck.Status status = check(originals, original);
                if (status != OriginalCheck.Status.MATCHES) {
                    problems.add(new OriginalCheck(original.path(), original.sha256(), status));
                }
            });
        }
        return new Report(checked[0], List.copyOf(problems));
    }

    private static OriginalCheck.Status check(Originals originals, SourceLookup.Original original) {
        try (InputStream in = originals.open(original.sha256(), original.diskPath())) {
            return Hashing.digest(in).sha256().equals(original.sha256())
                    ? OriginalCheck.Status.MATCHES : OriginalCheck.Status.CHANGED;
        } catch (IOException e) {
            return OriginalCheck.Status.MISSING;
        }
    }
}
