package org.dossier.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dossier.TestEngine;
import org.dossier.app.Services;
import org.dossier.ingest.ImportListener;
import org.dossier.model.Actor;
import org.dossier.model.ConfidentialSource.DatesShown;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.Item;
import org.dossier.model.NewEvidence;
import org.dossier.model.NewReply;
import org.dossier.model.Reply;
import org.dossier.model.ReplySource;
import org.dossier.model.Sha256;
import org.dossier.model.Span;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
import org.dossier.store.CaseFile;
import org.dossier.store.ItemReader;
import org.dossier.timeline.TimelineService;

/**
 * A case built to be attacked. Its confidential source, 陈立 Chen Li ("Kestrel"), wrote a chat
 * message, an e-mail with a signature and a PDF whose author property names him; a colleague's
 * chat and a notes file write his name in every form of {@link NameForms}; the story timeline, the
 * claims (with reviews, a request for comment and a reply), their sections and chapters, a pinned
 * picture whose EXIF names him, a link and the story's title write him too. The reporter marked
 * "Chen Li" and "陈立" for redaction. The case file's own name is his.
 */
final class HostileCase {
    static final Actor REPORTER = new Actor("Mei Lin", Actor.Role.REPORTER);
    static final Actor EDITOR = new Actor("Ed Itor", Actor.Role.EDITOR);
    static final String SOURCE_IDENTITY = "陈立 Chen Li, " + NameForms.ADDRESS + ", " + NameForms.PHONE;
    static final String PRIVATE_NOTE = "met at the café on Line 10";
    static final String SOURCE_PLATFORM_ID = "user6010203040";
    static final String CHAT_WORDS = "The Lumina batches were ours; I ran them every night.";
    static final String MAIL_WORDS = "We moved the training data on 14 August.";
    static final String PDF_WORDS = "Handover: the pipeline runs nightly on the reseller account.";

    final CaseFile caseFile;
    final Path dump;
    final long source;
    final List<Long> claims;

    private HostileCase(CaseFile caseFile, Path dump, long source, List<Long> claims) {
        this.caseFile = caseFile;
        this.dump = dump;
        this.source = source;
        this.claims = claims;
    }

    static HostileCase build(Services services, Path folder) throws IOException {
        Path dump = Files.createDirectories(folder.resolve("dump"));
        List<String> forms = NameForms.all();
        writeChat(dump.resolve("chat/result.json"), forms);
        writeMail(dump.resolve("mail/handover.eml"));
        writePdf(dump.resolve("docs/handover.pdf"));
        Files.writeString(dump.resolve("docs/Chen_Li-notes.txt"), "Notes on the batches.\n" + String.join("\n", forms) + "\nEnd of notes.\n",
                StandardCharsets.UTF_8);
        Path picture = Files.write(folder.resolve("Chen_Li.jpg"), Pictures.jpegWithExifArtist("Chen Li"));

        CaseFile caseFile = TestEngine.newCase(folder.resolve("chen-li-leak.dossier"), java.time.ZoneId.of("Asia/Shanghai"),
                services.clock());
        services.importer().importInto(caseFile, List.of(dump), ImportListener.NONE);
        services.exporter().setStoryTitle(caseFile, "The Lumina batches");
        services.exporter().redactTerm(caseFile, REPORTER, NameForms.REDACTED_NAME);
        services.exporter().redactTerm(caseFile, REPORTER, NameForms.REDACTED_CHINESE);
        long source = services.attribution().addConfidentialSource(caseFile, "Kestrel", PRIVATE_NOTE, SOURCE_IDENTITY, DatesShown.MONTH,
                REPORTER);

        List<Long> claims = services.attribution().addDraft(caseFile, """
                # Chen Li's pipeline
                Halcyon's data team ran the Lumina batches every night.
                The training data moved on 14 August, as 陳立 wrote.
                Marcus Hale kept notes on Chen Li.
                """, REPORTER);
        var board = services.attribution();
        board.attach(caseFile, claims.get(0), confidential(caseFile, CHAT_WORDS, source), REPORTER);
        board.attach(caseFile, claims.get(0), confidential(caseFile, PDF_WORDS, source), REPORTER);
        board.attach(caseFile, claims.get(1), confidential(caseFile, MAIL_WORDS, source), REPORTER);
        for (String form : forms.subList(0, 12)) {
            board.attach(caseFile, claims.get(2), excerpt(caseFile, "Note on " + form + ":", EvidenceKind.CHAT_MESSAGE), REPORTER);
        }
        board.attach(caseFile, claims.get(2), excerpt(caseFile, "Notes on the batches.", EvidenceKind.DOCUMENT), REPORTER);
        board.attach(caseFile, claims.get(2), excerpt(caseFile, "End of notes.", EvidenceKind.DOCUMENT), REPORTER);
        board.comment(caseFile, claims.get(0), "Checked with Chen Li's manager, who knows ChenLi well.", EDITOR);
        board.approve(caseFile, claims.get(0), "Two documents from 陈 立 agree.", EDITOR);

        long request = services.rightOfReply().requestComment(caseFile, "Halcyon Dynamics", null, Instant.parse("2024-01-15T10:00:00Z"),
                "Dear Halcyon, about Chen Li's batches…", List.of(claims.get(2)), REPORTER);
        services.rightOfReply().recordReplies(caseFile, List.of(new NewReply(request, claims.get(2), Reply.Stance.DENIES,
                "Li Chen never ran any batch; ask chen.li@halcyon-dynamics.example.", "Halcyon press office (for 陳立)",
                Instant.parse("2024-01-08T08:00:00Z"), "e-mail", new ReplySource("reply-about-Chen_Li.eml", new Sha256("cd".repeat(32)),
                new Span(10, 70)))), REPORTER);

        pinTheStory(services.clock().instant(), caseFile, forms, picture);
        return new HostileCase(caseFile, dump, source, claims);
    }

    /** Every message on the timeline, its headline and note naming him; chapters named for him; his picture and a link. */
    private static void pinTheStory(Instant now, CaseFile caseFile, List<String> forms, Path picture) {
        TimelineService timeline = new TimelineService();
        List<TimelineEvent> events = timeline.events(caseFile, TimelineQuery.all()).stream()
                .filter(event -> event.kind() == TimelineEvent.EventKind.MESSAGE || event.kind() == TimelineEvent.EventKind.DOCUMENT)
                .toList();
        for (int i = 0; i < events.size(); i++) {
            String form = forms.get(i % forms.size());
            String media = i == 0 ? picture.toString() : i == 1 ? "https://example.org/people/Chen%20Li" : null;
            long pinned = timeline.pin(caseFile, events.get(i), new StoryText("Headline about " + form, "Spoke to " + form, media), "Mei Lin");
            if (i % 20 == 0) {
                timeline.setChapter(caseFile, pinned, "Chapter of " + form);
            }
        }
    }

    private static NewEvidence confidential(CaseFile caseFile, String words, long source) {
        Span span = spanOf(caseFile, words);
        return new NewEvidence(EvidenceKind.CONFIDENTIAL, Stance.SUPPORTS, itemWith(caseFile, words).id(), span, null, source);
    }

    private static NewEvidence excerpt(CaseFile caseFile, String words, EvidenceKind kind) {
        return new NewEvidence(kind, Stance.SUPPORTS, itemWith(caseFile, words).id(), spanOf(caseFile, words), null, null);
    }

    /** The item whose text holds these words: the case's items are few, so each is read. */
    static Item itemWith(CaseFile caseFile, String words) {
        try (ItemReader items = ItemReader.of(caseFile)) {
            for (long id = 1; id < 1_000; id++) {
                java.util.Optional<Item> item = items.item(id);
                if (item.isPresent() && item.get().text() != null && item.get().text().contains(words)) {
                    return item.get();
                }
            }
        }
        throw new IllegalStateException("no item holds " + words);
    }

    private static Span spanOf(CaseFile caseFile, String words) {
        int at = itemWith(caseFile, words).text().indexOf(words);
        return new Span(at, at + words.length());
    }

    private static void writeChat(Path file, List<String> forms) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode chat = json.createObjectNode().put("name", "Batches").put("type", "private_group").put("id", 4471201);
        ArrayNode messages = chat.putArray("messages");
        long time = 1692000000L; // 2023-08-14
        messages.add(message(json, 1, time, "陈立 Chen Li", SOURCE_PLATFORM_ID, CHAT_WORDS));
        for (int i = 0; i < forms.size(); i++) {
            messages.add(message(json, i + 2, time + 60L * (i + 1), "Marcus Hale", "user5532019876",
                    "Note on " + forms.get(i) + ": he ran batch " + (i + 1) + " overnight."));
        }
        Files.createDirectories(file.getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), chat);
    }

    private static ObjectNode message(ObjectMapper json, int id, long unixTime, String from, String fromId, String text) {
        return json.createObjectNode().put("id", id).put("type", "message")
                .put("date", java.time.LocalDateTime.ofEpochSecond(unixTime, 0, java.time.ZoneOffset.ofHours(8)).toString())
                .put("date_unixtime", Long.toString(unixTime)).put("from", from).put("from_id", fromId).put("text", text);
    }

    private static void writeMail(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                From: =?UTF-8?B?6ZmI56uL?= Chen Li <chen.li@halcyon-dynamics.example>
                To: Marcus Hale <marcus@northgate.example>
                Subject: Handover
                Date: Tue, 15 Aug 2023 09:30:00 +0800
                Message-ID: <handover-1@halcyon-dynamics.example>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Marcus,

                %s

                --
                陈立 Chen Li
                Data engineer, Halcyon Dynamics
                +86 138 0013 8000
                chen.li@halcyon-dynamics.example
                """.formatted(MAIL_WORDS).replace("\n", "\r\n"), StandardCharsets.UTF_8);
    }

    private static void writePdf(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText(PDF_WORDS);
                text.endText();
            }
            pdf.getDocumentInformation().setAuthor("Chen Li");
            pdf.getDocumentInformation().setTitle("Handover");
            pdf.save(file.toFile());
        }
    }

    /** The words every item of the case holds, for the tests that look for item ids and file hashes where they must not be. */
    static List<Item> confidentialItems(CaseFile caseFile) {
        List<Item> items = new ArrayList<>();
        for (String words : List.of(CHAT_WORDS, MAIL_WORDS, PDF_WORDS)) {
            items.add(itemWith(caseFile, words));
        }
        return items;
    }
}
