package org.dossier.app;

import java.util.List;
import java.util.Set;
import org.dossier.extract.CaseExtraction;
import org.dossier.extract.CaseKnowledge;
import org.dossier.extract.ExtractionService;
import org.dossier.ingest.CaseExtractionHooks;
import org.dossier.ingest.MentionFinder;
import org.dossier.model.Mention;
import org.dossier.model.NewItem;
import org.dossier.store.CaseFile;
import org.dossier.store.EntityStore;

/**
 * Extraction as imports run it: each import's finder knows the case's names when it starts and the
 * authors of each chat part as it is read; once the import is committed, every participant's
 * names are made one entity (a document read before the chat may have met "Chen Li" first).
 */
final class ImportExtraction implements CaseExtractionHooks {
    @Override
    public MentionFinder finderFor(CaseFile caseFile) {
        return finder(CaseExtraction.forCase(caseFile));
    }

    @Override
    public void afterImport(CaseFile caseFile) {
        try (EntityStore entities = caseFile.entities()) {
            CaseKnowledge.participants(entities.participantNames()).forEach(entities::unify);
        }
    }

    private static MentionFinder finder(ExtractionService extraction) {
        return new MentionFinder() {
            @Override
            public List<Mention> apply(NewItem item) {
                return extraction.extract(item.text(), item.writtenOn());
            }

            @Override
            public MentionFinder knowing(Set<String> people) {
                return finder(extraction.knowing(people));
            }
        };
    }
}
