package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.export.ExportService.GraphExport;
import org.dossier.export.ExportService.GraphFormat;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.CommunicationGraph.Person;
import org.dossier.model.GraphFilter;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "graph", description = {
        "Who wrote to whom: people (e-mail addresses, chat participants) and, for each pair, how many e-mails and",
        "messages went from one to the other (an e-mail once per recipient, a chat message once per other member of",
        "its conversation), with each person's betweenness (who connects groups). Prints the most active people, or",
        "with -o writes the graph for Gephi (GraphML, GEXF) or as JSON, with a signed manifest. An export leaves out",
        "whoever `redact` marked or a confidential source names, with every link to them."})
final class GraphCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Mixin
    FilterOptions filter;

    @Option(names = "--words", paramLabel = "WORDS", description = "Only the messages and e-mails that hold every one of these words (as search takes them).")
    String words;

    @Option(names = "--format", paramLabel = "FORMAT", description = "graphml, gexf or json (with -o; default graphml).",
            converter = FormatConverter.class)
    GraphFormat format = GraphFormat.GRAPHML;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path output;

    @Option(names = "--limit", paramLabel = "N", description = "Without -o: print the N most active people (default 20).")
    int limit = 20;

    private final Services services;

    GraphCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseFile caseFile = caseArgument.open()) {
            ZoneId zone = services.reading().zone(caseFile);
            GraphFilter chosen = services.graph().filter(filter.from(zone), filter.until(zone),
                    filter.items(services.timeline(), caseFile, EnumSet.allOf(EventKind.class)), words);
            if (output != null) {
                GraphExport written = services.exporter().exportGraph(caseFile, format, chosen, output);
                out.printf("%s: %d people, %d links%s%n", output, written.people(), written.links(),
                        written.leftOut() == 0 ? "" : "; left out " + written.leftOut() + " the export must hide");
                return 0;
            }
            CommunicationGraph graph = services.graph().graph(caseFile, chosen);
            out.printf("%d people, %d links%n", graph.people().size(), graph.links().size());
            out.printf("%-40s %-8s %8s %8s %11s%n", "person", "platform", "sent", "received", "betweenness");
            for (Person person : graph.people().stream().limit(limit).toList()) {
                String name = person.name().equals(person.account()) ? person.name() : person.name() + " <" + person.account() + ">";
                out.printf("%-40s %-8s %8d %8d %11s%n", name, person.platform(), person.sent(), person.received(),
                        Double.isNaN(person.betweenness()) ? "-" : String.format(Locale.ROOT, "%.3f", person.betweenness()));
            }
        }
        return 0;
    }

    /** Formats as the command line names them. */
    static final class FormatConverter implements ITypeConverter<GraphFormat> {
        @Override
        public GraphFormat convert(String value) {
            try {
                return GraphFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("\"" + value + "\" is not a format: graphml, gexf or json");
            }
        }
    }
}
