package org.dossier.ingest.mail;

import java.util.List;
import org.dossier.model.MailThread;
import org.dossier.store.CaseFile;
import org.dossier.store.MailThreadStore;

/**
 * The e-mail threads of a case, gathered again from every mail's headers after each import: a new
 * mail can join two threads.
 */
public final class CaseMailThreads {
    private CaseMailThreads() {
    }

    /** Gathers the case's e-mails into threads and writes them as conversations; how many threads there are. */
    public static int rebuild(CaseFile caseFile) {
        try (MailThreadStore store = MailThreadStore.of(caseFile)) {
            List<MailThread> threads = MailThreading.of(store.headers());
            store.replace(threads);
            return threads.size();
        }
    }
}
