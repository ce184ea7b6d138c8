package org.dossier.ingest.mail;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.store.CaseFile;
import org.dossier.store.MailPhoneStore;
import org.dossier.text.PhoneNumbers;

/**
 * The pass behind the import that reads the phone numbers in each new mail's signature, in batches
 * on every core; interrupted, it stops after the batch in hand and goes on from there next time.
 */
public final class CaseSignatures {
    private static final int BATCH = 2_000;

    private CaseSignatures() {
    }

    /** Reads the mails not read yet; how many it read. */
    public static int update(CaseFile caseFile) {
        String region = PhoneNumbers.region(caseFile.timeZone());
        int read = 0;
        try (MailPhoneStore store = MailPhoneStore.of(caseFile)) {
            for (var batch = store.unread(BATCH); !batch.isEmpty() && !Thread.currentThread().isInterrupted(); batch = store.unread(BATCH)) {
                Map<Long, List<PhoneNumbers.Found>> found = new ConcurrentHashMap<>();
                batch.parallelStream().forEach(mail -> found.put(mail.itemId(), Signatures.phones(mail.text(), mail.title(), region)));
                store.record(found);
                read += found.size();
            }
        }
        return read;
    }
}
