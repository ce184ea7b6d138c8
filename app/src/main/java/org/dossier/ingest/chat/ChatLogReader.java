package org.dossier.ingest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * A chat log in any other shape, given a column mapping: a CSV file with a header row (comma,
 * semicolon or tab separated), or JSON Lines. This is how a leak from an internal tool, pasted
 * into a spreadsheet, becomes conversations. Rows that lack a mapped value or a readable time are
 * reported by row number; the rest are imported.
 */
final class ChatLogReader implements ChatReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final char[] SEPARATORS = {',', ';', '\t'};

    private final ChatLogMapping mapping;
    private final boolean jsonLines;
    private final DateTimeFormatter formatter;

    ChatLogReader(ChatLogMapping mapping, boolean jsonLines) {
        this.mapping = mapping;
        this.jsonLines = jsonLines;
        this.formatter = mapping.timeFormat() == null ? null : DateTimeFormatter.ofPattern(mapping.timeFormat());
    }

    /** True when the file's header (or first JSON line) has every mapped column. */
    static boolean matches(Path file, ChatLogMapping mapping, boolean jsonLines) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = lines.readLine();
            if (first == null) {
                return false;
            }
            if (jsonLines) {
                JsonNode object = JSON.readTree(first);
                return object != null && mapping.columns().values().stream().allMatch(object::has);
            }
            return separator(stripBom(first), mapping) != 0;
        } catch (IOException | RuntimeException notALog) {
            return false;
        }
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        Set<String> announced = new HashSet<>();
        if (jsonLines) {
            readJsonLines(file, sink, announced);
        } else {
            readCsv(file, sink, announced);
        }
    }

    private void readCsv(ChatFile file, ChatSink sink, Set<String> announced) throws IOException {
        char separator;
        try (BufferedReader lines = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8)) {
            separator = separator(stripBom(lines.readLine()), mapping);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(skipBom(reader), format)) {
            for (CSVRecord row : csv) {
                String where = "row " + (row.getRecordNumber() + 1);
                row(where, field -> row.isMapped(field) && row.isSet(field) ? row.get(field) : null, file, sink, announced);
            }
        }
    }

    private void readJsonLines(ChatFile file, ChatSink sink, Set<String> announced) throws IOException {
        int number = 0;
        try (BufferedReader lines = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8)) {
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode object;
                try {
                    object = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
                    sink.problem("line " + number, "not a JSON object: " + malformed.getOriginalMessage());
                    continue;
                }
                row("line " + number, field -> object.hasNonNull(field) ? object.get(field).asText() : null, file, sink, announced);
            }
        }
    }

    private void row(String where, Function<String, String> value, ChatFile file, ChatSink sink, Set<String> announced) {
        String time = blankToNull(value.apply(mapping.column("time")));
        String author = blankToNull(value.apply(mapping.column("author")));
        String text = value.apply(mapping.column("text"));
        if (time == null || author == null || text == null) {
            sink.problem(where, "no " + (time == null ? "time" : author == null ? "author" : "text") + ": skipped");
            return;
        }
        Timestamp sent = time(time.strip(), file);
        if (sent == null) {
            sink.problem(where, "time \"" + time + "\" does not match "
                    + (mapping.timeFormat() == null ? "ISO-8601 or epoch seconds" : "--time-format " + mapping.timeFormat()));
            return;
        }
        String conversation = mapping.column("conversation") == null ? null : value.apply(mapping.column("conversation"));
        String name = conversation == null || conversation.isBlank() ? file.name() : conversation;
        String key = "chatlog:" + file.receivedPath() + (conversation == null ? "" : "#" + conversation);
        if (announced.add(key)) {
            sink.conversation(new NewConversation(key, "chatlog", conversation, name, null, file.receivedPath(),
                    sent.zone(), sent.zoneAssumed()));
        }
        String id = mapping.column("id") == null ? null : value.apply(mapping.column("id"));
        sink.message(NewItem.message(ItemKind.MESSAGE, id == null ? where : id, author, sent, text, Map.of(),
                new MessageDetails(key, author, null, null, List.of())));
    }

    private Timestamp time(String text, ChatFile file) {
        try {
            if (formatter != null) {
                TemporalAccessor parsed = formatter.parse(text);
                if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                    return Timestamp.of(ZonedDateTime.from(parsed));
                }
                LocalDateTime local = LocalDateTime.from(parsed);
                return new Timestamp(local.atZone(file.caseZone()).toInstant(), file.caseZone(), true);
            }
            if (text.matches("\\d{10}(\\.\\d+)?")) {
                return new Timestamp(Instant.ofEpochSecond((long) Double.parseDouble(text)), java.time.ZoneOffset.UTC, false);
            }
            try {
                return Timestamp.of(OffsetDateTime.parse(text).toZonedDateTime());
            } catch (DateTimeParseException noOffset) {
                LocalDateTime local = LocalDateTime.parse(text);
                return new Timestamp(local.atZone(file.caseZone()).toInstant(), file.caseZone(), true);
            }
        } catch (java.time.DateTimeException unreadable) {
            return null;
        }
    }

    /** The separator under which the header names every mapped column, or 0. */
    private static char separator(String header, ChatLogMapping mapping) {
        if (header == null) {
            return 0;
        }
        for (char separator : SEPARATORS) {
            Set<String> names = new HashSet<>();
            for (String name : header.split(java.util.regex.Pattern.quote(String.valueOf(separator)))) {
                names.add(name.strip().replaceAll("^\"|\"$", ""));
            }
            if (names.containsAll(mapping.columns().values())) {
                return separator;
            }
        }
        return 0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String stripBom(String line) {
        return line != null && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
