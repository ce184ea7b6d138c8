package org.dossier.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.dossier.FedoraList;
import org.dossier.app.Services;
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
