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
import org.dossier.model.OcrPicture;
import org.dossier.model.OcrSource;
import org.dossier.model.Redaction;
import org.dossier.model.SourceIdentity;
import org.dossier.model.Span;
import org.dossier.store.CaseBrowser;
import org.dossier.store.CaseFile;
import org.dossier.store.ClaimStore;
import org.dossier.store.ItemReader;
import org.dossier.store.Originals;
import org.dossier.store.RedactionStore;

/**
 * What one export must keep from its readers, decided once from the case. The redactor hides what
 * the reporter marked and everything that could identify a confidential source (the identity
 * recorded, whoever wrote the items their excerpts come from, the phone numbers their mails are
 * signed with). An item a confidential source's
 * excerpt comes from is cited, in every export, by pseudonym only. And while an export hides
 * anything, it fingerprints no file in the clear: every entry of its manifest is sealed. A SHA-256
 * of a file that holds a hidden word would let a reader with a copy, or a list of candidate names,
 * confirm what was hidden; and sealing only those files would tell which files hold it. Each export
 * seals with a salt of its own, so two exports citing the same excerpt cannot be linked by their seals.
 */
final class Protection implements AutoCloseable {
    private final CaseFile caseFile;
    private final Redactor redactor;
    private final Map<Long, Confidential> confidentialItems;
    private final List<String> forbidden;
    private final List<String> privateNotes;
    private final ItemReader items;
    private final String salt = Seal.newSalt();
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
        // A source's identity or the name they wrote under, as the case knows it, is hidden under all its
        // names: typed "Chen Li", it is also the 陈立 a Chinese account writes (the names' entity and its aliases);
        // and so are the phone numbers their mails are signed with, however a text groups the digits.
        Function<String, List<String>> allNames;
        List<String> sourcePhones;
        try (RedactionStore redactions = RedactionStore.of(caseFile)) {
            Map<String, List<String>> known = new HashMap<>();
            for (SourceIdentity identity : identities) {
                known.put(identity.realIdentity(), names(redactions, identity.realIdentity()));
                identity.items().forEach(item -> item.writtenBy().forEach(writer -> known.put(writer, names(redactions, writer))));
            }
            allNames = name -> known.getOrDefault(name, List.of(name));
            sourcePhones = redactions.phonesSignedBy(known.values().stream().flatMap(List::stream).toList());
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
            for (String name : allNames.apply(identity.realIdentity())) {
                terms.addAll(RedactionTerms.of(name, true));
                forbidden.add(name);
            }
            for (SourceIdentity.CitedItem item : identity.items()) {
                confidentialItems.put(item.itemId(), new Confidential(identity.pseudonym(), kindOfSource(item), identity.datesShown()));
                for (String writer : item.writtenBy()) {
                    for (String name : allNames.apply(writer)) {
                        terms.addAll(RedactionTerms.of(name, true));
                        forbidden.add(name);
                    }
                }
            }
        }
        for (String phone : sourcePhones) {
            terms.addAll(RedactionTerms.of(phone, false));
            forbidden.add(phone);
        }
        forbidden.removeIf(text -> text == null || text.isBlank());
        return new Protection(caseFile, redactors.apply(terms), confidentialItems, forbidden, privateNotes);
    }

    /** A name and, when the case knows an entity called so, all of its names. */
    private static List<String> names(RedactionStore redactions, String name) {
        if (name == null || name.isBlank()) {
            return java.util.Collections.singletonList(name);
        }
        Set<String> names = new LinkedHashSet<>(List.of(name));
        names.addAll(redactions.namesOfEntityCalled(name));
        return List.copyOf(names);
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

    /** Whether the export cites this item only by seal: a confidential source's, or any at all while the export hides anything. */
    boolean sealed(Item item) {
        return confidential(item.id()) != null || hidesAnything();
    }

    /** Whether the export hides anything at all. */
    boolean hidesAnything() {
        return redactor.hidesAnything();
    }

    String seal(String what) {
        if (sealingKey == null) {
            sealingKey = CaseKeys.sealing(caseFile);
        }
        return Seal.of(sealingKey, salt, what);
    }

    /** This export's salt, which its manifest names so the case can recompute its seals. */
    String salt() {
        return salt;
    }

    Item item(long itemId) {
        return items.item(itemId).orElseThrow(() -> new ExportException("item " + itemId + " is no longer in the case"));
    }

    /** When the file with this content came into the case. */
    Optional<Instant> importedAt(long sourceId) {
        return items.importedAt(sourceId);
    }

    /** How OCR read an item's text ("tesseract 5.3.0, eng+chi_sim+chi_tra"), or empty when it did not. */
    Optional<String> ocrReading(long itemId) {
        return items.ocrReading(itemId);
    }

    /**
     * The crop of the picture an excerpt of an OCR text was read from, for an export to show beside
     * it; empty for any other item, and for every item while the export hides anything: a picture
     * cannot be redacted the way words are, and a crop's edges may show more than the excerpt.
     */
    Optional<CleanPicture> ocrCrop(Item item, Span excerpt) {
        if (sealed(item)) {
            return Optional.empty();
        }
        try (CaseBrowser browser = CaseBrowser.of(caseFile)) {
            Optional<OcrSource> read = browser.ocrSource(item.id());
            Optional<OcrPicture> file = browser.ocrPicture(item.id());
            return read.isPresent() && file.isPresent() ? ExcerptPicture.of(Originals.of(caseFile), file.get(), read.get(), excerpt) : Optional.empty();
        }
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
