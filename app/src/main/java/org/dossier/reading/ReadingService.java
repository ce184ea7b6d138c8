package org.dossier.reading;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.ingest.mail.InclusiveMails;
import org.dossier.ingest.mail.QuotedText;
import org.dossier.model.Annotation;
import org.dossier.model.CaseStats;
import org.dossier.model.ChatLine;
import org.dossier.model.ConversationSummary;
import org.dossier.model.Item;
import org.dossier.model.ItemDetails;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageIndex;
import org.dossier.model.OcrPicture;
import org.dossier.model.OcrSource;
import org.dossier.model.SourceEntry;
import org.dossier.model.StoredMention;
import org.dossier.store.AnnotationStore;
import org.dossier.store.CaseBrowser;
import org.dossier.store.CaseFile;
import org.dossier.store.ItemReader;
import org.dossier.store.NearCopyStore;
import org.dossier.store.Originals;

/**
 * The front door to reading a case, for the command line and the window alike: what it holds (the
 * counts, the files as received, the conversations), an item with its details, mentions and the
 * reporter's marks, a conversation's messages a page at a time, and the reporter's tags and notes.
 */
public final class ReadingService {
    private final Clock clock;

    public ReadingService(Clock clock) {
        this.clock = clock;
    }

    /** An item as a reader shows it: its text and provenance, its metadata, the names and dates found in it, and the reporter's marks. */
    /** @param ocr the picture its text was read from by OCR, or null when it was not */
    /**
     * An item as the reader shows it.
     *
     * @param receivedAs every path its file was received under (an exact copy found twice is one file)
     * @param nearCopies the other items whose text is a near-copy of its text
     */
    public record ItemView(Item item, ItemDetails details, List<StoredMention> mentions, List<Annotation> annotations, OcrSource ocr,
                           List<String> receivedAs, List<Item> nearCopies) {
    }

    /** What a case holds, counted. */
    public CaseStats stats(CaseFile caseFile) {
        return caseFile.stats();
    }

    /** The zone a case shows its times in (and reads evidence without one in). */
    public ZoneId zone(CaseFile caseFile) {
        return caseFile.timeZone();
    }

    /** The case's name as its window shows it: its file's name. */
    public String caseName(CaseFile caseFile) {
        return caseFile.shortName();
    }

    /** The files as received, by path. */
    public List<SourceEntry> sources(CaseFile caseFile) {
        try (CaseBrowser browser = CaseBrowser.of(caseFile)) {
            return browser.sources();
        }
    }

    /** The conversations, with their message counts. */
    public List<ConversationSummary> conversations(CaseFile caseFile) {
        try (CaseBrowser browser = CaseBrowser.of(caseFile)) {
            return browser.conversations();
        }
    }

    /** The conversation a message or a mail belongs to, if any. */
    public Optional<ConversationSummary> conversationOf(CaseFile caseFile, long itemId) {
        try (CaseBrowser browser = CaseBrowser.of(caseFile)) {
            return browser.conversationOf(itemId);
        }
    }

    /** The documents read from one file (an e-mail and its attachments, say). */
    public List<Item> documentsOf(CaseFile caseFile, long sourceId) {
        try (CaseBrowser browser = CaseBrowser.of(caseFile)) {
            return browser.documentsOf(sourceId);
        }
    }

    public Optional<Item> item(CaseFile caseFile, long itemId) {
        try (ItemReader items = ItemReader.of(caseFile)) {
            return items.item(itemId);
        }
    }

    /** An item with everything a reader shows of it. */
    public ItemView read(CaseFile caseFile, long itemId) {
        try (CaseBrowser browser = CaseBrowser.of(caseFile); AnnotationStore annotations = AnnotationStore.of(caseFile);
             ItemReader items = ItemReader.of(caseFile); NearCopyStore copies = NearCopyStore.of(caseFile)) {
            Item item = items.item(itemId).orElseThrow(() -> new IllegalArgumentException("no item " + itemId + " in this case"));
            return new ItemView(item, browser.details(itemId), browser.mentionsOf(itemId), annotations.of(itemId),
                    browser.ocrSource(itemId).orElse(null), copies.receivedAs(item.provenance().sourceId()), copies.copiesOf(itemId));
        }
    }

    /**
     * The picture an OCR text was read from, to show beside it: copied from its file or unpacked
     * again from its archives, its SHA-256 checked against the import's, then decoded.
     *
     * @throws PictureUnavailable with the reason to show instead (changed, unreadable, too large)
     */
    public Picture picture(CaseFile caseFile, long itemId) throws PictureUnavailable {
        try (CaseBrowser browser = CaseBrowser.of(caseFile)) {
            Optional<OcrSource> read = browser.ocrSource(itemId);
            Optional<OcrPicture> file = browser.ocrPicture(itemId);
            if (read.isEmpty() || file.isEmpty()) {
                throw new PictureUnavailable("Its text was not read by OCR.");
            }
            return Picture.of(Originals.of(caseFile), file.get(), read.get().page());
        }
    }

    /** A conversation's message ids and times, for paging through it. */
    public MessageIndex messageIndex(CaseFile caseFile, long conversationId) {
        try (CaseBrowser browser = CaseBrowser.of(caseFile)) {
            return browser.messageIndex(conversationId);
        }
    }

    /** Messages by id, as the chat reader shows them; an e-mail with where the mails it quotes begin. */
    public List<ChatLine> chatLines(CaseFile caseFile, List<Long> ids) {
        try (CaseBrowser browser = CaseBrowser.of(caseFile)) {
            return browser.chatLines(ids).stream().map(line -> line.item().kind() == ItemKind.DOCUMENT
                    ? line.withQuotedFrom(QuotedText.start(line.item().text(), line.item().title())) : line).toList();
        }
    }

    /** The other items whose text is a near-copy of this item's (the same text as PDF and DOCX, a forward with a banner). */
    public List<Item> nearCopies(CaseFile caseFile, long itemId) {
        try (NearCopyStore copies = NearCopyStore.of(caseFile)) {
            return copies.copiesOf(itemId);
        }
    }

    /** What differs between two items' texts, line by line. */
    public CopyDifferences compare(CaseFile caseFile, long first, long second) {
        try (ItemReader items = ItemReader.of(caseFile)) {
            return CopyDifferences.of(items.item(first).map(Item::text).orElse(""), items.item(second).map(Item::text).orElse(""));
        }
    }

    /** Every path the file with this content was received under. */
    public List<String> receivedAs(CaseFile caseFile, long sourceId) {
        try (NearCopyStore copies = NearCopyStore.of(caseFile)) {
            return copies.receivedAs(sourceId);
        }
    }

    /** The mails of an e-mail thread that no other mail of it contains: those a reviewer must read. */
    public Set<Long> inclusiveMails(CaseFile caseFile, long conversationId) {
        try (CaseBrowser browser = CaseBrowser.of(caseFile)) {
            return InclusiveMails.of(browser.mailTexts(conversationId));
        }
    }

    /** Marks a span of an item with tags and a note, by whom, now. */
    public Annotation annotate(CaseFile caseFile, long itemId, int start, int end, List<String> tags, String note, String by) {
        try (AnnotationStore annotations = AnnotationStore.of(caseFile)) {
            return annotations.add(itemId, start, end, tags, note, by, clock.instant());
        }
    }

    /** The tags the case's reporters have used. */
    public List<String> tagNames(CaseFile caseFile) {
        try (AnnotationStore annotations = AnnotationStore.of(caseFile)) {
            return annotations.tagNames();
        }
    }
}
