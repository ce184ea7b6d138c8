package org.dossier.ingest;

import org.dossier.store.CaseFile;

/** How an import extracts mentions: a finder made from what the case knows at the start, and a step once it is done. */
public interface CaseExtractionHooks {
    CaseExtractionHooks NONE = new CaseExtractionHooks() {
        @Override
        public MentionFinder finderFor(CaseFile caseFile) {
            return MentionFinder.NONE;
        }

        @Override
        public void afterImport(CaseFile caseFile) {
        }
    };

    /** The finder the parse workers use, knowing what the case knows when the import starts. */
    MentionFinder finderFor(CaseFile caseFile);

    /** Settles what depends on the whole import, once it is committed: the names of participants it brought. */
    void afterImport(CaseFile caseFile);
}
