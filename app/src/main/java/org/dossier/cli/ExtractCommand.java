package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.extract.ExtractionService;
import org.dossier.model.DateOrder;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", description = {
        "Extracts entities and dates from lines of JSON, for batch use and for measuring quality.",
        "Each input line: {\"id\":…,\"text\":…,\"anchor\":\"2023-12-15T12:00:00\"} (anchor optional).",
        "Each output line: {\"id\":…,\"entities\":[{\"type\",\"text\",\"start\",\"end\"}],",
        "\"dates\":[{\"text\",\"value\",\"precision\",\"start\",\"end\"}]}. Offsets count Unicode code points."})
final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--jsonl", required = true, paramLabel = "IN.jsonl", description = "The input, one JSON object per line.")
    Path input;

    @Option(names = "--date-order", paramLabel = "ORDER", description = "How to read 03/04/2023: DMY (default), MDY or YMD.")
    DateOrder dateOrder = DateOrder.DMY;

    record EntityJson(String type, String text, int start, int end) {
    }

    record DateJson(String text, String value, String precision, int start, int end) {
    }

    record LineJson(JsonNode id, List<EntityJson> entities, List<DateJson> dates) {
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(input)) {
            throw new UserError("no such file: " + input);
        }
        ExtractionService extraction = new ExtractionService(dateOrder);
        PrintWriter out = spec.commandLine().getOut();
        int number = 0;
        try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode request;
                try {
                    request = JSON.readTree(line);
                } catch (IOException e) {
                    throw new UserError(input + " line " + number + ": not JSON");
                }
                String text = request.path("text").asText("");
                List<Mention> mentions = extraction.extract(text, anchor(request.path("anchor").asText(null), number));
                out.println(Json.write(new LineJson(request.get("id"),
                        mentions.stream().filter(m -> m.type() != MentionType.DATE)
                                .map(m -> new EntityJson(m.type().name(), m.text(), codePoints(text, m.start()), codePoints(text, m.end())))
                                .toList(),
                        mentions.stream().filter(m -> m.type() == MentionType.DATE)
                                .map(m -> new DateJson(m.text(), m.date().value(), m.date().precision().name(),
                                        codePoints(text, m.start()), codePoints(text, m.end())))
                                .toList())));
            }
        }
        return 0;
    }

    private LocalDate anchor(String value, int number) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException notOffset) {
            try {
                return value.length() == 10 ? LocalDate.parse(value) : LocalDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException unreadable) {
                throw new UserError(input + " line " + number + ": anchor \"" + value + "\" is not an ISO-8601 date or time");
            }
        }
    }

    private static int codePoints(String text, int index) {
        return text.codePointCount(0, index);
    }
}
