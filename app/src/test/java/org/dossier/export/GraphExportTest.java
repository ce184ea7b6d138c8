package org.dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dossier.FedoraList;
import org.dossier.app.Services;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.export.ExportService.GraphExport;
import org.dossier.export.ExportService.GraphFormat;
import org.dossier.model.Actor;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.GraphFilter;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graph export read as a hostile reader reads it: whoever the case must hide is not in it, not
 * even as a node without a name, and nobody's counts betray mails to or from them.
 */
class GraphExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIST = "fedora-devel-list@redhat.com";

    @TempDir
    Path dir;

    @Test
    void aRedactedPersonIsLeftOutWithEveryLinkAndTheOthersCountsNoLongerHoldThem() throws Exception {
        try (Services services = Services.create(dir.resolve("home"), Clock.systemUTC(), 2);
             CaseFile caseFile = fedoraList(services)) {
            CommunicationGraph whole = services.graph().graph(caseFile, GraphFilter.NONE);
            long listReceived = whole.people().stream().filter(person -> person.account().equals(LIST)).findFirst().orElseThrow().received();
            services.exporter().redactTerm(caseFile, new Actor("Editor", Actor.Role.EDITOR), "Till Maas");

            Path json = dir.resolve("out/graph.json");
            GraphExport written = services.exporter().exportGraph(caseFile, GraphFormat.JSON, GraphFilter.NONE, json);
            String text = Files.readString(json, StandardCharsets.UTF_8);
            assertFalse(text.contains("Till Maas") || text.contains("till.name"), "neither the name nor the address");
            JsonNode graph = JSON.readTree(text);
            assertEquals(written.people(), graph.get("nodes").size());
            assertTrue(written.leftOut() >= 1);
            JsonNode list = null;
            for (JsonNode node : graph.get("nodes")) {
                if (node.get("account").asText().equals(LIST)) {
                    list = node;
                }
            }
            long intoList = 0;
            for (JsonNode link : graph.get("links")) {
                intoList += link.get("target").asText().equals(list.get("id").asText()) ? link.get("weight").asLong() : 0;
            }
            assertEquals(listReceived - 13, list.get("received").asLong(), "Till Maas's 13 mails to the list are not counted");
            assertEquals(intoList, list.get("received").asLong());
            assertTrue(services.exporter().verify(caseFile, dir.resolve("out/graph.json.manifest.json")).accepted(), "the manifest is signed");

            Path graphMl = dir.resolve("out/graph.graphml");
            services.exporter().exportGraph(caseFile, GraphFormat.GRAPHML, GraphFilter.NONE, graphMl);
            assertFalse(Files.readString(graphMl).contains("Till Maas") || Files.readString(graphMl).contains("till.name"));
            assertTrue(Files.readString(graphMl).contains("<data key=\"weight\">"), "GraphML with weights, as Gephi reads it");
        }
    }

    /**
     * A hidden person's phone is as telling as their name: Matthew Booth signs his mails with his
     * mobile, and a WhatsApp contact the phone knew only by that number wrote in a group chat of the case.
     * Hiding him by name leaves out that contact too, number and all.
     */
    @Test
    void aHiddenPersonsChatContactNamedByTheNumberTheySignWithIsLeftOutToo() throws Exception {
        try (Services services = Services.create(dir.resolve("home"), Clock.systemUTC(), 2);
             CaseFile caseFile = fedoraList(services)) {
            services.intake().catchUp(caseFile, (done, of) -> { });
            Path chat = Files.createDirectories(dir.resolve("chat"));
            Files.writeString(chat.resolve("WhatsApp Chat with Matt.txt"), """
                    04/01/2010, 09:12 - +44 7977 267231: Did the virt build go out?
                    04/01/2010, 09:15 - Mei Lin: Not yet
                    04/01/2010, 09:16 - Jan Novak: I will look
                    """);
            services.intake().importFiles(caseFile, List.of(chat), ChatOptions.DEFAULT, ImportListener.NONE);
            services.exporter().redactTerm(caseFile, new Actor("Editor", Actor.Role.EDITOR), "Matthew Booth");

            Path json = dir.resolve("out/graph.json");
            services.exporter().exportGraph(caseFile, GraphFormat.JSON, GraphFilter.NONE, json);
            String text = Files.readString(json, StandardCharsets.UTF_8);
            assertTrue(text.contains("Mei Lin"), "the chat is in the graph");
            for (String telling : List.of("Matthew Booth", "mbooth", "7977 267231", "447977267231")) {
                assertFalse(text.contains(telling), telling);
            }
        }
    }

    @Test
    void theLeakGateReadsAGraphExportAndRefusesWhatAFaultyRedactorLetThrough() throws Exception {
        try (Services services = Services.create(dir.resolve("home"), Clock.systemUTC(), 2);
             CaseFile caseFile = fedoraList(services)) {
            services.exporter().redactTerm(caseFile, new Actor("Editor", Actor.Role.EDITOR), "Till Maas");
            Function<Collection<String>, Redactor> blind = terms -> new Redactor(List.of("nobody at all"));
            ExportService faulty = new ExportService(services.clock(), services.attribution(), services.rightOfReply(), services.verifier(),
                    services.graph(), services.people(), blind);
            for (GraphFormat format : GraphFormat.values()) {
                Path target = dir.resolve("out/leaky." + format.name().toLowerCase(Locale.ROOT));
                ExportException refused = assertThrows(ExportException.class,
                        () -> faulty.exportGraph(caseFile, format, GraphFilter.NONE, target), format.name());
                assertTrue(refused.getMessage().contains("Till Maas"), refused.getMessage());
                assertFalse(Files.exists(target), "nothing is written");
            }
        }
    }

    private CaseFile fedoraList(Services services) throws Exception {
        Files.createDirectories(dir.resolve("out"));
        return FedoraList.imported(services, dir);
    }
}
