package org.dossier.ingest.mail;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.dossier.app.Services;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.store.CaseFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month of a real mailing list (fedora-devel, January 2010: 292 mails) threaded by the import and
 * compared with the list archive's own threads (fixtures/mail/MANIFEST.txt). Not used to write the
 * rules: a held-out figure. Two mails are "together" when they share a thread; precision and recall
 * are over those pairs, the mails matched to the archive's by subject and sender.
 */
class FedoraThreadsEvaluationTest {
    private static final Path MAIL = Path.of("src/test/resources/fixtures/mail");

    @TempDir
    Path dir;

    /** A mail as either side has it: subject, sender, and the thread it is in (null: alone). */
    private record Mail(String subject, String sender, Object thread) {
    }

    @Test
    void threadsAgreeWithTheListArchivesOwn() throws Exception {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(MAIL.resolve("2010-January.txt.gz")))) {
            Files.copy(in, dump.resolve("2010-January.mbox"));
        }
        List<Mail> ours = new ArrayList<>();
        try (Services services = Services.create(dir.resolve("home"), java.time.Clock.systemUTC(), 2);
             CaseFile caseFile = CaseFile.openOrCreate(dir.resolve("case.dossier"), java.time.ZoneOffset.UTC, services.clock())) {
            services.intake().importFiles(caseFile, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + caseFile.path());
                 ResultSet rows = connection.createStatement().executeQuery(
                         "SELECT title, author, conversation_id FROM items WHERE media_type = 'message/rfc822'")) {
                while (rows.next()) {
                    ours.add(new Mail(words(rows.getString(1)), rows.getString(2), rows.getObject(3)));
                }
            }
        }
        List<Mail> truth = archiveThreads();
        List<int[]> matched = match(truth, ours);
        Set<Long> truePairs = pairs(matched, truth, 0);
        Set<Long> ourPairs = pairs(matched, ours, 1);
        Set<Long> both = new HashSet<>(ourPairs);
        both.retainAll(truePairs);
        double precision = (double) both.size() / ourPairs.size();
        double recall = (double) both.size() / truePairs.size();
        System.out.printf("E-mail threads, fedora-devel 2010-01 (%d of %d mails matched): pair precision %.3f, recall %.3f%n",
                matched.size(), truth.size(), precision, recall);
        assertTrue(matched.size() >= 280, "mails matched to the archive: " + matched.size());
        assertTrue(precision >= 0.99 && recall >= 0.95, String.format("precision %.3f, recall %.3f", precision, recall));
    }

    /** The archive's "by thread" page: each top item a thread, its links the mails, each with its sender after it. */
    private static List<Mail> archiveThreads() throws Exception {
        List<Mail> mails = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(MAIL.resolve("2010-January_thread.html.gz")))) {
            Element list = Jsoup.parse(in, "ISO-8859-1", "").select("ul:has(> li > strong > a[name])").first();
            int thread = 0;
            for (Element top : list.children()) {
                thread++;
                for (Element link : top.select("a[name]")) {
                    Element sender = link.parent().nextElementSibling();
                    mails.add(new Mail(words(link.text()), sender == null ? "" : sender.text(), thread));
                }
            }
        }
        return mails;
    }

    /** Each archive mail with the first of ours of the same subject whose sender starts with the same word. */
    private static List<int[]> match(List<Mail> truth, List<Mail> ours) {
        List<int[]> matched = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < truth.size(); i++) {
            String first = truth.get(i).sender().split(" ")[0].toLowerCase(java.util.Locale.ROOT);
            for (int j = 0; j < ours.size(); j++) {
                Mail mail = ours.get(j);
                if (!used.contains(j) && mail.subject().equals(truth.get(i).subject()) && mail.sender() != null
                        && mail.sender().toLowerCase(java.util.Locale.ROOT).contains(first)) {
                    matched.add(new int[] {i, j});
                    used.add(j);
                    break;
                }
            }
        }
        return matched;
    }

    /** The pairs of matched mails one side puts in one thread, as numbers. */
    private static Set<Long> pairs(List<int[]> matched, List<Mail> side, int which) {
        Set<Long> pairs = new HashSet<>();
        for (int a = 0; a < matched.size(); a++) {
            for (int b = a + 1; b < matched.size(); b++) {
                Object ta = side.get(matched.get(a)[which]).thread();
                if (ta != null && ta.equals(side.get(matched.get(b)[which]).thread())) {
                    pairs.add((long) a * matched.size() + b);
                }
            }
        }
        return pairs;
    }

    private static String words(String text) {
        return text == null ? "" : String.join(" ", text.strip().split("\\s+"));
    }
}
