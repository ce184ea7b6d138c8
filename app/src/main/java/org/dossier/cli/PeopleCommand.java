package org.dossier.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.graph.PeopleService;
import org.dossier.model.Actor;
import org.dossier.model.ConfirmedPerson;
import org.dossier.model.PersonAccount;
import org.dossier.model.PersonProposal;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "people", description = {
        "People and their accounts: the e-mail addresses and chat participants the reporter confirmed as one person,",
        "and the accounts whose names suggest one person (the same Chinese name in either script, the same two to four",
        "Latin words, an address's local part). Confirm a proposal with --same, refuse it with --apart, undo a person",
        "with --split. Each account is named by its key (email:address, chat:N) as the lists print it. The graph",
        "draws a confirmed person as one; every change is audit-logged."})
final class PeopleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--same", paramLabel = "KEY,KEY…", split = ",", description = "These accounts are one person (with --name).")
    List<String> same = new ArrayList<>();

    @Option(names = "--name", paramLabel = "NAME", description = "The person's name, with --same (default: the fullest name of the accounts).")
    String name;

    @Option(names = "--apart", paramLabel = "KEY,KEY…", split = ",", description = "These accounts are not one person: not proposed again.")
    List<String> apart = new ArrayList<>();

    @Option(names = "--split", paramLabel = "ID", description = "Undo a confirmed person: their accounts are apart again.")
    Long split;

    @Option(names = "--as", paramLabel = "NAME", description = "Who decides (recorded in the audit log); needed to change anything.")
    String actorName;

    private final Services services;

    PeopleCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PeopleService people = services.people();
        PrintWriter out = spec.commandLine().getOut();
        try (CaseFile caseFile = caseArgument.open()) {
            if (!same.isEmpty() || !apart.isEmpty() || split != null) {
                Actor actor = actor();
                var accounts = people.accounts(caseFile);
                for (String key : same.isEmpty() ? apart : same) {
                    if (!accounts.containsKey(key)) {
                        throw new UserError("the case has no account " + key + " (the lists below name each by its key)");
                    }
                }
                if (!same.isEmpty()) {
                    String chosen = name != null ? name : same.stream().map(accounts::get).map(PersonAccount::name)
                            .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
                    out.printf("confirmed person %d: %s%n", people.confirm(caseFile, actor, same, chosen), chosen);
                }
                if (!apart.isEmpty()) {
                    people.keepApart(caseFile, actor, apart);
                }
                if (split != null) {
                    people.split(caseFile, actor, split);
                }
            }
            List<ConfirmedPerson> confirmed = people.confirmed(caseFile);
            out.printf("%d confirmed%n", confirmed.size());
            for (ConfirmedPerson person : confirmed) {
                out.printf("%d\t%s%n", person.id(), person.name());
                person.accounts().forEach(account -> print(out, account));
            }
            List<PersonProposal> proposals = people.proposals(caseFile);
            out.printf("%d proposed%n", proposals.size());
            for (PersonProposal proposal : proposals) {
                out.printf("?\t%s (%s)%n", proposal.accounts().get(0).name(), proposal.why());
                proposal.accounts().forEach(account -> print(out, account));
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, PersonAccount account) {
        out.printf("\t%-28s %-9s %s <%s>%n", account.key(), account.platform(), account.name(), account.account());
    }

    private Actor actor() {
        if (actorName == null || actorName.isBlank()) {
            throw new UserError("say who decides with --as NAME: the audit log records it");
        }
        return new Actor(actorName, Actor.Role.REPORTER);
    }
}
