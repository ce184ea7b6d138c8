package org.dossier.ingest.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.app.Services;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.model.ChatLine;
import org.dossier.model.ConversationSummary;
import org.dossier.model.Item;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threads read like a chat, on real mail (fixtures/mail/MANIFEST.txt): a mailing list's replies,
 * each quoting the one before with "&gt;" and wrapped again, and an Outlook PST whose forwards quote
 * the original under a From/Sent block and write their own words after it.
 */
class InclusiveMailsTest {
    private static final Path MAIL = Path.of("src/test/resources/fixtures/mail");

    @TempDir
    Path dir;

    @Test
    void theLastReplyHoldsTheListsThreadAndEachForwardHoldsTheOriginal() throws Exception {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        for (String file : List.of("complex.mbox", "testPST_variousBodyTypes.pst")) {
            Files.copy(MAIL.resolve(file), dump.resolve(file));
        }
        try (Services services = Services.create(dir.resolve("home"), Clock.systemUTC(), 2);
             CaseFile caseFile = CaseFile.openOrCreate(dir.resolve("case.dossier"), ZoneOffset.UTC, services.clock())) {
            services.intake().importFiles(caseFile, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);
            Map<String, ConversationSummary> threads = services.reading().conversations(caseFile).stream()
                    .collect(Collectors.toMap(ConversationSummary::name, chat -> chat));

            List<ChatLine> list = lines(services, caseFile, threads.get("question about when shuffle/sort start working"));
            Set<Long> inclusive = services.reading().inclusiveMails(caseFile, threads.get("question about when shuffle/sort start working").id());
            assertEquals(Set.of(list.get(2).item().id()), inclusive, "the third reply quotes the second, which quotes the first");
            Item first = list.get(0).item();
            int folded = list.get(0).quotedFrom();
            assertTrue(first.text().substring(0, folded).strip().endsWith("Jothi"), "Jothi's own words are shown");
            assertTrue(first.text().substring(folded).startsWith("On 5/30/09 10:00 AM, \"Jianmin Woo\""), "the quote is folded");
            assertTrue(list.get(1).item().text().substring(list.get(1).quotedFrom()).startsWith("________________________________"),
                    "a Yahoo reply's quote begins at its rule");

            List<ChatLine> forwards = lines(services, caseFile, threads.get("original email"));
            Set<Long> read = services.reading().inclusiveMails(caseFile, threads.get("original email").id());
            assertEquals(forwards.subList(1, 4).stream().map(line -> line.item().id()).collect(Collectors.toSet()), read,
                    "each forward adds words of its own; the original is in all three");
            assertEquals(-1, forwards.get(1).quotedFrom(), "a forward that quotes first and writes after is not folded");
        }
    }

    private static List<ChatLine> lines(Services services, CaseFile caseFile, ConversationSummary thread) {
        long[] ids = services.reading().messageIndex(caseFile, thread.id()).ids();
        return services.reading().chatLines(caseFile, java.util.Arrays.stream(ids).boxed().toList());
    }
}
