package org.dossier.cli;

import java.io.Console;
import java.util.concurrent.Callable;
import org.dossier.model.TeamRole;
import org.dossier.team.TeamCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "team", description = "A team case's people (issue #26): run by the case's PostgreSQL administrator.",
        subcommands = TeamCommand.AddMember.class)
final class TeamCommand {
    @Command(name = "add-member", description = {
            "Adds a member who signs in as their own PostgreSQL role, as a reporter or an editor, or moves a member to",
            "the other role. The database itself holds members to their role: a reporter cannot approve or send back a",
            "claim, nobody changes the audit log or writes as someone else. The member's password comes from",
            "DOSSIER_MEMBER_PASSWORD, or is asked for; left empty, the administrator sets it later."})
    static final class AddMember implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "URL", description = "The team case's database: postgresql://host:port/database")
        String server;

        @Parameters(index = "1", paramLabel = "NAME", description = "The member's PostgreSQL role, the name their work is signed with.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "reporter|editor")
        TeamRole role;

        @Override
        public Integer call() {
            new TeamCases().addMember(server, name, role, password());
            spec.commandLine().getOut().printf("%s is a%s %s of %s%n", name, role == TeamRole.EDITOR ? "n" : "",
                    role.name().toLowerCase(java.util.Locale.ROOT), server);
            return 0;
        }

        private String password() {
            String given = System.getenv("DOSSIER_MEMBER_PASSWORD");
            if (given != null) {
                return given;
            }
            Console console = System.console();
            char[] typed = console == null ? null : console.readPassword("password for %s (empty: set it later): ", name);
            return typed == null || typed.length == 0 ? null : new String(typed);
        }
    }
}
