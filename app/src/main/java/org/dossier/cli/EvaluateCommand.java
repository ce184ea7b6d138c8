package org.dossier.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.extract.CaseKnowledge;
import org.dossier.extract.Evaluation;
import org.dossier.extract.ExtractionService;
import org.dossier.extract.KnownNames;
import org.dossier.extract.hanlp.HanlpEntities;
import org.dossier.model.DateOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", description = {
        "Scores extraction against annotated sentences: precision, recall and F1 per type and language.",
        "Without files, uses the bundled set (English, Chinese, code-mixed; see docs/EXTRACTION.md)."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "SET", description = "Annotated sentence files.")
    List<Path> sets = new ArrayList<>();

    @picocli.CommandLine.Option(names = "--errors", description = "Also list every missed and spurious mention.")
    boolean errors;

    @picocli.CommandLine.Option(names = "--extractor", paramLabel = "NAME", description = {
            "What to measure: dossier (default: what imports run) or hanlp (HanLP's own Chinese names alone, the baseline)."})
    String extractor = "dossier";

    @picocli.CommandLine.Option(names = "--knowledge", paramLabel = "FILE", description = {
            "What the case knows by name (a watch list with PARTICIPANT lines), or 'none'.",
            "Default: the sample case's, which the bundled set is written about."})
    String knowledge = "sample";

    @picocli.CommandLine.Option(names = "--without-gazetteer", description = {
            "Leave the bundled gazetteer out: what the rules and the case's knowledge find by themselves."})
    boolean withoutGazetteer;

    @Override
    public Integer call() throws IOException {
        List<Reader> readers = new ArrayList<>();
        if (sets.isEmpty()) {
            for (String name : Evaluation.BUNDLED) {
                readers.add(new InputStreamReader(Evaluation.class.getResourceAsStream(name), StandardCharsets.UTF_8));
            }
        }
        for (Path set : sets) {
            if (!Files.isRegularFile(set)) {
                throw new UserError("no such file: " + set);
            }
            readers.add(Files.newBufferedReader(set, StandardCharsets.UTF_8));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-13s %-8s %6s %6s %6s %6s %6s %6s%n", "type", "language", "gold", "found", "right", "P", "R", "F1");
        Evaluation evaluation = new Evaluation(measured());
        for (Evaluation.Score score : evaluation.score(readers)) {
            out.printf("%-13s %-8s %6d %6d %6d %6.2f %6.2f %6.2f%n", score.type(), score.language(), score.gold(), score.found(),
                    score.correct(), score.precision(), score.recall(), score.f1());
        }
        if (errors) {
            evaluation.errors().forEach(out::println);
        }
        return 0;
    }

    private java.util.function.BiFunction<String, java.time.LocalDate, List<org.dossier.model.Mention>> measured() throws IOException {
        switch (extractor) {
            case "dossier" -> {
                ExtractionService extraction = new ExtractionService(DateOrder.DMY, caseNames());
                return (withoutGazetteer ? extraction.withoutGazetteer() : extraction)::extract;
            }
            case "hanlp" -> {
                HanlpEntities hanlp = new HanlpEntities();
                return (text, anchor) -> hanlp.extract(text);
            }
            default -> throw new UserError("unknown extractor " + extractor + " (dossier or hanlp)");
        }
    }

    private KnownNames caseNames() throws IOException {
        return switch (knowledge) {
            case "none" -> CaseKnowledge.names(List.of(), List.of());
            case "sample" -> CaseKnowledge.sample().names();
            default -> {
                Path file = Path.of(knowledge);
                if (!Files.isRegularFile(file)) {
                    throw new UserError("no such file: " + file);
                }
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    yield CaseKnowledge.read(reader).names();
                } catch (IOException e) {
                    throw new UserError(file + ": " + e.getMessage());
                }
            }
        };
    }
}
