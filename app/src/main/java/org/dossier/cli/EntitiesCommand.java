package org.dossier.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.extract.EntityService;
import org.dossier.model.EntitySummary;
import org.dossier.model.KnownEntity;
import org.dossier.model.MentionType;
import org.dossier.store.CaseFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "entities", description = {
        "The case's people, organisations and places, and the reporter's watch list, aliases and merges.",
        "Changes take effect in the next import and in 'reextract'."})
final class EntitiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The command with its subcommands, each calling the case's entities through the same service as the window. */
    static CommandLine with(Services services) {
        EntityService entities = services.entities();
        return new CommandLine(new EntitiesCommand()).addSubcommand(new ListEntities(entities)).addSubcommand(new Watch(entities))
                .addSubcommand(new Alias(entities)).addSubcommand(new Merge(entities));
    }

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

        private final EntityService entities;

        ListEntities(EntityService entities) {
            this.entities = entities;
        }

        @Override
        public Integer call() {
            List<EntitySummary> found;
            try (CaseFile caseFile = caseArgument.open()) {
                found = entities.list(caseFile, type == null ? null : type(type), limit);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(new ListJson(found.stream().map(e -> new EntityJson(e.id(), e.type().name(), e.name(),
                        e.aliases(), e.watched(), e.mentions())).toList())));
                return 0;
            }
            for (EntitySummary e : found) {
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

        private final EntityService entities;

        Watch(EntityService entities) {
            this.entities = entities;
        }

        @Override
        public Integer call() {
            try (CaseFile caseFile = entity.open()) {
                entities.watch(caseFile, new KnownEntity(entity.type(), name, aliases));
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

        private final EntityService entities;

        Alias(EntityService entities) {
            this.entities = entities;
        }

        @Override
        public Integer call() {
            try (CaseFile caseFile = entity.open()) {
                long id = entities.existingOrNew(caseFile, entity.type(), name);
                for (String alias : aliases) {
                    entities.addAlias(caseFile, id, alias);
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

        private final EntityService entities;

        Merge(EntityService entities) {
            this.entities = entities;
        }

        @Override
        public Integer call() {
            try (CaseFile caseFile = entity.open()) {
                long fromId = entities.existing(caseFile, entity.type(), from);
                long intoId = entities.existingOrNew(caseFile, entity.type(), into);
                if (fromId == intoId) {
                    throw new UserError(from + " and " + into + " are already one entity");
                }
                entities.merge(caseFile, List.of(fromId), intoId);
            }
            return 0;
        }
    }
}
