package org.dossier.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dossier.model.ConfidentialSource.DatesShown;
import org.dossier.model.Item;
import org.dossier.model.ItemKind;
import org.dossier.model.Redaction;
import org.dossier.model.SourceIdentity;
import org.dossier.store.CaseFile;
import org.dossier.store.ClaimStore;
import org.dossier.store.ItemReader;
import org.dossier.store.RedactionStore;

/**
 * What one export must keep from its readers, decided once from the case. The redactor hides what
 * the reporter marked and everything that could identify a confidential source (the identity
 * recorded, whoever wrote the items their excerpts come from). An item a confidential source's
 * excerpt comes from is cited, in every export, by pseudonym only. And a file is fingerprinted in
 * the clear only when none of its items holds a hidden word: a SHA-256 of such a file would let a
 * reader with a copy, or a list of candidate names, confirm what was hidden; it is sealed instead.
 */
final class Protection implements AutoCloseable {
    /** A file with more items than this is not read through for hidden words: it is sealed. */
    private static final int ITEMS_READ_PER_FILE = 10_000;

    private final CaseFile caseFile;
    private final Redactor redactor;
    private final Map<Long, Confidential> confidentialItems;
    private final List<String> forbidden;
    private final List<String> privateNotes;
    private final ItemReader items;
    private final Map<Long, Boolean> openFiles = new HashMap<>();
    private byte[] sealingKey;

    /** How an export cites an item a confidential source's excerpt comes from. */
    record Confidential(String pseudonym, String kindOfSource, DatesShown datesShown) {
    }

    private Protection(CaseFile caseFile, Redactor redactor, Map<Long, Confidential> confidentialItems, List<String> forbidden,
                       List<String> privateNotes) {
        this.caseFile = caseFile;
        this.redactor = redactor;
        this.confidentialItems = confidentialItems;
        this.forbidden = forbidden;
        this.privateNotes = privateNotes;
        this.items = ItemReader.of(caseFile);
    }

    static Protection of(CaseFile caseFile, Function<Collection<String>, Redactor> redactors) {
        List<Redaction> marked;
        try (RedactionStore redactions = RedactionStore.of(caseFile)) {
            marked = redactions.list();
        }
        List<SourceIdentity> identities;
        try (ClaimStore claims = ClaimStore.of(caseFile)) {
            identities = claims.sourceIdentities();
        }
        Set<String> terms = new LinkedHashSet<>();
        List<String> forbidden = new ArrayList<>();
        for (Redaction redaction : marked) {
            for (String term : redaction.terms()) {
                terms.addAll(RedactionTerms.of(term, false));
                forbidden.add(term);
            }
        }
        Map<Long, Confidential> confidentialItems = new HashMap<>();
        List<String> privateNotes = new ArrayList<>();
        for (SourceIdentity identity : identities) {
            if (identity.privateNote() != null && !identity.privateNote().isBlank()) {
                privateNotes.add(identity.privateNote());
            }
            terms.addAll(RedactionTerms.of(identity.realIdentity(), true));
            forbidden.add(identity.realIdentity());
            for (SourceIdentity.CitedItem item : identity.items()) {
                confidentialItems.put(item.itemId(), new Confidential(identity.pseudonym(), kindOfSource(item), identity.datesShown()));
                for (String writer : item.writtenBy()) {
                    terms.addAll(RedactionTerms.of(writer, true));
                    forbidden.add(writer);
                }
            }
        }
        forbidden.removeIf(text -> text == null || text.isBlank());
        return new Protection(caseFile, redactors.apply(terms), confidentialItems, forbidden, privateNotes);
    }

    Redactor redactor() {
        return redactor;
    }

    /** How the export cites this item if a confidential source's excerpt comes from it; else null. */
    Confidential confidential(long itemId) {
        return confidentialItems.get(itemId);
    }

    /** What the export must not hold, for the leak gate to look for: every term marked and every identity and author of a confidential source. */
    List<String> forbidden() {
        return forbidden;
    }

    /** Each confidential source's private note, which no export may hold (the gate looks for each as a whole). */
    List<String> privateNotes() {
        return privateNotes;
    }

    /** Whether the export cites this item only by seal: a confidential source's, or from a file that holds a hidden word. */
    boolean sealed(Item item) {
        return confidential(item.id()) != null || !openFile(item.provenance().sourceId());
    }

    /** Whether the export hides anything at all; while it does, files it cannot read (a reply's) are sealed. */
    boolean hidesAnything() {
        return redactor.hidesAnything();
    }

    String seal(String what) {
        if (sealingKey == null) {
            sealingKey = CaseKeys.sealing(caseFile);
        }
        return Seal.of(sealingKey, what);
    }

    Item item(long itemId) {
        return items.item(itemId).orElseThrow(() -> new ExportException("item " + itemId + " is no longer in the case"));
    }

    /** When the file with this content came into the case. */
    Optional<Instant> importedAt(long sourceId) {
        return items.importedAt(sourceId);
    }

    private boolean openFile(long sourceId) {
        if (!redactor.hidesAnything()) {
            return true;
        }
        return openFiles.computeIfAbsent(sourceId, id -> {
            boolean[] hides = {false};
            boolean readWhole = items.eachTextOfSource(id, ITEMS_READ_PER_FILE, text -> hides[0] |= !hides[0] && redactor.finds(text));
            return readWhole && !hides[0];
        });
    }

    /** "chat message", "e-mail", "document": all an export says of where a confidential source's words come from. */
    private static String kindOfSource(SourceIdentity.CitedItem item) {
        if (item.kind() != ItemKind.DOCUMENT) {
            return "chat message";
        }
        String type = item.mediaType() == null ? "" : item.mediaType();
        return type.startsWith("message/") || type.contains("outlook") || type.contains("mbox") ? "e-mail" : "document";
    }

    @Override
    public void close() {
        items.close();
    }
}
