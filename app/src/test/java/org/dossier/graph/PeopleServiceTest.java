package org.dossier.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.CaseChecks;
import org.dossier.FedoraList;
import org.dossier.app.Services;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.model.Actor;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.CommunicationGraph.Person;
import org.dossier.model.GraphFilter;
import org.dossier.model.PersonAccount;
import org.dossier.model.PersonProposal;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People and their accounts on a real mailing list (fixtures/mail/MANIFEST.txt): in January 2010
 * one writer of fedora-devel-list, Adam Miller, wrote from two addresses, and nobody else under one
 * name wrote from two (checked apart from Dossier, with Python's email.utils over From, To and Cc).
 */
class PeopleServiceTest {
    private static final List<String> ADAM = List.of("email:maxamillion@fedoraproject.org", "email:maxamillion@gmail.com");
    private static final Actor REPORTER = new Actor("Mei Lin", Actor.Role.REPORTER);

    @TempDir
    Path dir;

    @Test
    void theOneWriterWithTwoAddressesIsProposedConfirmedDrawnAsOneAndSplitAgain() throws Exception {
        try (Services services = Services.create(dir.resolve("home"), Clock.systemUTC(), 2);
             CaseFile caseFile = FedoraList.imported(services, dir)) {
            PeopleService people = services.people();

            List<PersonProposal> proposals = people.proposals(caseFile);
            assertEquals(1, proposals.size(), proposals.toString());
            assertEquals(ADAM, proposals.get(0).accounts().stream().map(PersonAccount::key).sorted().toList());
            assertEquals("names that match: Adam Miller", proposals.get(0).why());

            CommunicationGraph before = services.graph().graph(caseFile, GraphFilter.NONE);
            long sent = before.people().stream().filter(person -> ADAM.contains(person.key())).mapToLong(Person::sent).sum();
            long id = people.confirm(caseFile, REPORTER, ADAM, "Adam Miller");
            assertEquals(List.of(), people.proposals(caseFile), "a confirmed person is not proposed again");
            CommunicationGraph after = services.graph().graph(caseFile, GraphFilter.NONE);
            Person adam = after.people().stream().filter(person -> person.key().equals("person:" + id)).findFirst().orElseThrow();
            assertEquals(sent, adam.sent(), "the person sent what both addresses sent");
            assertEquals(before.people().size() - 1, after.people().size());
            assertEquals("maxamillion@fedoraproject.org, maxamillion@gmail.com",
                    String.join(", ", adam.account().split(", ")), "the person shows every account");
            assertTrue(services.graph().exchanged(caseFile, GraphFilter.NONE, adam.key(), null, 100).size()
                    >= services.graph().exchanged(caseFile, GraphFilter.NONE, ADAM.get(0), null, 100).size());

            people.split(caseFile, REPORTER, id);
            assertEquals(before.people().size(), services.graph().graph(caseFile, GraphFilter.NONE).people().size());
            people.keepApart(caseFile, REPORTER, ADAM);
            assertEquals(List.of(), people.proposals(caseFile), "accounts said not to be one person are not proposed again");
            assertEquals(List.of("create people", "create person_accounts", "create person_accounts", "delete person_accounts",
                    "delete person_accounts", "delete people", "create accounts_apart"), services.attribution().auditLog(caseFile).stream()
                    .map(entry -> entry.action() + " " + entry.table()).toList(), "every change is in the audit log");
        }
    }

    /**
     * On the list, Matthew Booth signs three mails with his mobile ("M: +44 (0)7977 267231") and Jaroslav
     * Řezník one with two numbers; those five numbers are every one the month's signatures give (a grep
     * of "Phone:", "Mobile:", "M:"… lines finds the same). A WhatsApp contact named by that mobile is
     * then proposed as the same person as the address.
     */
    @Test
    void anAddressThatSignsMailsWithANumberAndAChatContactNamedByItAreProposedAsOne() throws Exception {
        try (Services services = Services.create(dir.resolve("home"), Clock.systemUTC(), 2);
             CaseFile caseFile = FedoraList.imported(services, dir)) {
            services.intake().catchUp(caseFile, (done, of) -> { });
            assertEquals("""
                    jreznik@redhat.com +420532294275 +420 532 294 275
                    jreznik@redhat.com +420731455332 +420 731 455 332
                    mbooth@redhat.com +447977267231 +44 (0)7977 267231
                    mbooth@redhat.com +447977267231 +44 (0)7977 267231
                    mbooth@redhat.com +447977267231 +44 (0)7977 267231""", CaseChecks.query(caseFile, """
                    SELECT string_agg(line, '\n' ORDER BY line) FROM (SELECT p.address || ' ' || m.phone || ' '
                        || substr(i.text, m.start + 1, m."end" - m.start) AS line
                    FROM mail_phones m JOIN items i ON i.id = m.item_id JOIN mail_people p ON p.item_id = m.item_id AND p.role = 'from') lines"""),
                    "each number keeps its span in the mail");

            Path chat = Files.createDirectories(dir.resolve("chat"));
            Files.writeString(chat.resolve("WhatsApp Chat with Matt.txt"), """
                    04/01/2010, 09:12 - +44 7977 267231: Did the virt build go out?
                    04/01/2010, 09:15 - Mei Lin: Not yet
                    """);
            services.intake().importFiles(caseFile, List.of(chat), ChatOptions.DEFAULT, ImportListener.NONE);

            PersonProposal matt = people(services, caseFile).stream()
                    .filter(proposal -> proposal.accounts().stream().anyMatch(account -> account.key().equals("email:mbooth@redhat.com")))
                    .findFirst().orElseThrow();
            assertEquals(List.of("Matthew Booth", "+44 7977 267231"), matt.accounts().stream().map(PersonAccount::name).toList(),
                    "a name before a number");
            assertEquals("the same phone: +44 7977 267231", matt.why());
            assertEquals(2, people(services, caseFile).size(), "Adam Miller's two addresses, and the mobile; nobody else");
        }
    }

    @Test
    void aNumberThreeAddressesSignWithIsASwitchboardButOnePersonsChatsMayAllGiveIt() {
        Map<String, PersonAccount> accounts = new LinkedHashMap<>();
        for (String address : List.of("ana@acme.example", "bo@acme.example", "cy@acme.example")) {
            accounts.put("email:" + address, new PersonAccount("email:" + address, address, address, "email"));
        }
        accounts.put("chat:1", new PersonAccount("chat:1", "+44 20 7946 0000", "+44 20 7946 0000", "whatsapp"));
        Map<String, Set<String>> office = Map.of("email:ana@acme.example", Set.of("+442079460000"),
                "email:bo@acme.example", Set.of("+442079460000"), "email:cy@acme.example", Set.of("+442079460000"));
        assertEquals(List.of(), PeopleService.propose(accounts, List.of(), Set.of(), office, "ZZ"));

        accounts.put("chat:2", new PersonAccount("chat:2", "020 7946 0000", "u2", "signal"));
        Map<String, Set<String>> ana = Map.of("email:ana@acme.example", Set.of("+442079460000"));
        List<PersonProposal> proposals = PeopleService.propose(accounts, List.of(), Set.of(), ana, "GB");
        assertEquals(List.of("chat:1", "chat:2", "email:ana@acme.example"),
                proposals.get(0).accounts().stream().map(PersonAccount::key).sorted().toList());
        assertEquals("the same phone: +44 20 7946 0000", proposals.get(0).why());
    }

    private static List<PersonProposal> people(Services services, CaseFile caseFile) {
        return services.people().proposals(caseFile);
    }

    @Test
    void aChineseNameMatchesInEitherScriptAndAnAddressByItsLocalPart() {
        PersonAccount slack = new PersonAccount("chat:1", "陈立 Chen Li", "U04CHENLI", "slack");
        PersonAccount telegram = new PersonAccount("chat:2", "陳立", "user6010203040", "telegram");
        PersonAccount mail = new PersonAccount("email:chen.li@example.org", "chen.li@example.org", "chen.li@example.org", "email");
        assertTrue(PeopleService.signals(telegram).stream().anyMatch(PeopleService.signals(slack)::contains));
        assertTrue(PeopleService.signals(mail).stream().anyMatch(PeopleService.signals(slack)::contains));
        assertEquals(List.of(), List.copyOf(PeopleService.signals(new PersonAccount("chat:3", "Li", "li", "slack"))),
                "one word is too common to go on");
    }
}
