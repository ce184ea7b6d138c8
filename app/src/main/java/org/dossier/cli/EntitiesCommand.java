package org.dossier.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.model.EntitySummary;
import org.dossier.model.KnownEntity;
import org.dossier.model.MentionType;
import org.dossier.store.CaseFile;
import org.dossier.store.EntityStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entities", description = {
        "The case's people, organisations and places, and the reporter's watch list, aliases and merges.",
        "Changes take effect in the next import and in 'reextract'."},
        subcommands = {EntitiesCommand.ListEntities.class, EntitiesCommand.Watch.class, EntitiesCommand.Alias.class,
                EntitiesCommand.Merge.class})
final class EntitiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return DossierCommand.USER_ERROR;
    }

    @Command(name = "list", description = "Lists entities by how often the case mentions them, most first.")
    static final class ListEntities implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CaseArgument caseArgument;

        @Option(names = "--type", paramLabel = "TYPE", description = "Only PERSON, ORG or LOC.")
        String type;

        @Option(names = "--limit", paramLabel = "N", description = "At most N entities (default 50).")
        int limit = 50;

        @Option(names = "--json", description = "Print {\"entities\":[{\"id\",\"type\",\"name\",\"aliases\",\"watched\",\"mentions\"}]}.")
        boolean json;

        record EntityJson(long id, String type, String name, List<String> aliases, boolean watched, long mentions) {
        }

        record ListJson(List<EntityJson> entities) {
        }

        @Override
        public Integer call() {
            List<EntitySummary> entities;
            try (CaseFile caseFile = caseArgument.open(); EntityStore store = caseFile.entities()) {
                entities = store.list(type == null ? null : type(type), limit);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(new ListJson(entities.stream().map(e -> new EntityJson(e.id(), e.type().name(), e.name(),
                        e.aliases(), e.watched(), e.mentions())).toList())));
                return 0;
            }
            for (EntitySummary e : entities) {
                out.printf("%-12s %6d  %s%s%s%n", e.type(), e.mentions(), e.name(), e.watched() ? "  [watched]" : "",
                        e.aliases().isEmpty() ? "" : "  = " + String.join(" = ", e.aliases()));
            }
            return 0;
        }
    }

    static MentionType type(String word) {
        return switch (word.toUpperCase(java.util.Locale.ROOT)) {
            case "PERSON" -> MentionType.PERSON;
            case "ORG", "ORGANIZATION" -> MentionType.ORGANIZATION;
            case "LOC", "LOCATION" -> MentionType.LOCATION;
            default -> throw new UserError("unknown entity type " + word + " (PERSON, ORG or LOC)");
        };
    }

    /** The CASE and TYPE that every change to an entity starts with. */
    static final class EntityOfCase extends CaseArgument {
        @Parameters(index = "1", paramLabel = "TYPE", description = "PERSON, ORG or LOC.")
        String type;

        MentionType type() {
            return EntitiesCommand.type(type);
        }
    }

    @Command(name = "watch", description = "Puts a person, organisation or place on the case's watch list, with its aliases.")
    static final class Watch implements Callable<Integer> {
        @Mixin
        EntityOfCase entity;

        @Parameters(index = "2", paramLabel = "NAME", description = "Its canonical name, e.g. ByteDance.")
        String name;

        @Option(names = "--alias", paramLabel = "ALIAS", description = "Another name of it, e.g. 字节跳动 (repeatable).")
        List<String> aliases = new ArrayList<>();

        @Override
        public Integer call() {
            try (CaseFile caseFile = entity.open(); EntityStore store = caseFile.entities()) {
                store.watch(new KnownEntity(entity.type(), name, aliases));
            }
            return 0;
        }
    }

    @Command(name = "alias", description = "Says that ALIAS is another name of the entity NAME (created if the case has not met it).")
    static final class Alias implements Callable<Integer> {
        @Mixin
        EntityOfCase entity;

        @Parameters(index = "2", paramLabel = "NAME")
        String name;

        @Parameters(index = "3..*", arity = "1..*", paramLabel = "ALIAS")
        List<String> aliases;

        @Override
        public Integer call() {
            try (CaseFile caseFile = entity.open(); EntityStore store = caseFile.entities()) {
                for (String alias : aliases) {
                    store.addAlias(entity.type(), name, alias);
                }
            }
            return 0;
        }
    }

    @Command(name = "merge", description = "Merges entity FROM into entity INTO: its mentions count for INTO, its name becomes an alias.")
    static final class Merge implements Callable<Integer> {
        @Mixin
        EntityOfCase entity;

        @Parameters(index = "2", paramLabel = "FROM")
        String from;

        @Parameters(index = "3", paramLabel = "INTO")
        String into;

        @Override
        public Integer call() {
            try (CaseFile caseFile = entity.open(); EntityStore store = caseFile.entities()) {
                store.merge(entity.type(), from, into);
            }
            return 0;
        }
    }
}
