package org.dossier.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.TestEngine;
import org.dossier.FedoraList;
import org.dossier.app.Services;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.CommunicationGraph.Link;
import org.dossier.model.CommunicationGraph.Person;
import org.dossier.model.GraphFilter;
import org.dossier.model.Item;
import org.dossier.model.TimelineFilter;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The communications graph on real exports (fixtures/mail and fixtures/chat-exports, MANIFEST.txt):
 * a month of a mailing list's mbox, and a Telegram direct chat. The expected counts were taken
 * from the files by other means than Dossier's: the mbox's with Python's {@code mailbox} and
 * {@code email.utils.getaddresses} over each mail's From, To and Cc; the chat's by counting its
 * JSON's messages per author.
 */
class CommunicationGraphTest {
    private static final Path TELEGRAM = Path.of("src/test/resources/fixtures/chat-exports/telegram");
    private static final String LIST = "email:fedora-devel-list@redhat.com";

    @TempDir
    Path dir;

    @Test
    void eachMailCountsOnceFromItsSenderToEachRecipientAndTheFilterNarrowsTheCount() throws Exception {
        try (Services services = Services.create(dir.resolve("home"), Clock.systemUTC(), 2);
             CaseFile caseFile = FedoraList.imported(services, dir)) {
            GraphService graphs = services.graph();

            CommunicationGraph month = graphs.graph(caseFile, GraphFilter.NONE);
            Map<String, Long> weights = weights(month);
            assertEquals(13L, weights.get("email:opensource@till.name>" + LIST), "Till Maas wrote to the list 13 times");
            assertEquals(10L, weights.get("email:kevin@scrye.com>" + LIST));
            assertEquals(9L, weights.get("email:rawhide@fedoraproject.org>email:fedora-test-list@redhat.com"),
                    "the Rawhide report went to the test list as well (Cc)");
            Person list = person(month, LIST);
            assertEquals("Development discussions related to Fedora", list.name(), "a person is named as the headers write them");
            assertEquals(month.links().stream().filter(link -> link.to().equals(LIST)).mapToLong(Link::count).sum(), list.received());
            assertEquals(list, month.people().stream().max(Comparator.comparingDouble(Person::betweenness)).orElseThrow(),
                    "the list connects everyone who writes to it");

            GraphFilter oneDay = new GraphFilter(Instant.parse("2010-01-05T00:00:00Z"), Instant.parse("2010-01-06T00:00:00Z"),
                    TimelineFilter.NONE, List.of());
            assertEquals(1L, weights(graphs.graph(caseFile, oneDay)).get("email:rawhide@fedoraproject.org>" + LIST),
                    "one Rawhide report a day");
            GraphFilter aboutRawhide = graphs.filter(null, null, TimelineFilter.NONE, "rawhide report");
            assertTrue(weights(graphs.graph(caseFile, aboutRawhide)).size() < weights.size(), "words narrow the graph");

            List<Item> tills = graphs.exchanged(caseFile, GraphFilter.NONE, "email:opensource@till.name", LIST, 100);
            assertEquals(13, tills.size(), "what went between two people is listed");
            assertTrue(tills.stream().allMatch(item -> item.author().startsWith("Till")), tills.toString());
        }
    }

    @Test
    void aChatMessageGoesToTheOtherMembersAndServiceMessagesToNobody() throws Exception {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        Files.copy(TELEGRAM.resolve("chatanalytics_DM_2A_7M.json"), dump.resolve("result.json"));
        try (Services services = Services.create(dir.resolve("home"), Clock.systemUTC(), 2);
             CaseFile caseFile = TestEngine.newCase(dir.resolve("case.dossier"), ZoneOffset.UTC, services.clock())) {
            services.intake().importFiles(caseFile, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);

            CommunicationGraph chat = services.graph().graph(caseFile, GraphFilter.NONE);
            Map<String, Long> byName = chat.links().stream().collect(Collectors.toMap(
                    link -> person(chat, link.from()).name() + ">" + person(chat, link.to()).name(), Link::count));
            assertEquals(Map.of("Alice>Bob", 4L, "Bob>Alice", 2L), byName);
            Person alice = chat.people().stream().filter(person -> person.name().equals("Alice")).findFirst().orElseThrow();
            Person bob = chat.people().stream().filter(person -> person.name().equals("Bob")).findFirst().orElseThrow();
            assertEquals("telegram", alice.platform());
            assertEquals(6, services.graph().exchanged(caseFile, GraphFilter.NONE, alice.key(), bob.key(), 100).size());
        }
    }

    private static Map<String, Long> weights(CommunicationGraph graph) {
        return graph.links().stream().collect(Collectors.toMap(link -> link.from() + ">" + link.to(), Link::count));
    }

    private static Person person(CommunicationGraph graph, String key) {
        return graph.people().stream().filter(person -> person.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }
}
