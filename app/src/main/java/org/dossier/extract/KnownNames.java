package org.dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.KnownEntity;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.text.SimplifiedHan;

/**
 * Finds the names of known entities in a text: every alias of every entry, the longest first. Latin
 * names match whole words and with their case as written ("Apple", not "apple"); Chinese names match
 * anywhere, since Chinese does not separate words, and in either script ("字节跳动" finds "字節跳動":
 * both sides are compared in their {@link SimplifiedHan#of Simplified form}, whose offsets are
 * the text's). Each mention's key is its entity's key, so "字节跳动" and "ByteDance" are one entity.
 * Immutable and thread-safe.
 */
public final class KnownNames {
    static final String GAZETTEER = "gazetteer.txt";

    /** One alias of one entity, its Han characters Simplified. */
    private record Alias(String text, KnownEntity entity) {
    }

    private final List<KnownEntity> entities;
    private final String extractor;
    private final double confidence;
    /** Aliases by their first character, longest first. */
    private final Map<Character, List<Alias>> byFirstChar = new HashMap<>();

    public KnownNames(List<KnownEntity> entities, String extractor, double confidence) {
        this.entities = List.copyOf(entities);
        this.extractor = extractor;
        this.confidence = confidence;
        for (KnownEntity entity : entities) {
            List<String> names = new ArrayList<>(entity.aliases());
            names.add(entity.name());
            for (String name : names) {
                if (!name.isBlank()) {
                    String simplified = SimplifiedHan.of(name);
                    byFirstChar.computeIfAbsent(simplified.charAt(0), c -> new ArrayList<>()).add(new Alias(simplified, entity));
                }
            }
        }
        byFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed()));
    }

    /** The gazetteer Dossier ships: countries, provinces, cities, and well-known organisations. */
    public static KnownNames gazetteer() {
        try (Reader reader = new InputStreamReader(KnownNames.class.getResourceAsStream(GAZETTEER), StandardCharsets.UTF_8)) {
            return new KnownNames(read(reader), "gazetteer", 0.9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled gazetteer", e);
        }
    }

    public List<KnownEntity> entities() {
        return entities;
    }

    /**
     * Reads entries written one a line: a type (PERSON, ORG, LOC) and the names separated by " | ",
     * the first canonical: {@code ORG ByteDance | 字节跳动 | Bytedance Ltd.}. Blank lines and lines
     * starting with # are skipped.
     */
    public static List<KnownEntity> read(Reader source) throws IOException {
        List<KnownEntity> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(source);
        int number = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            entries.add(parse(line.strip(), number));
        }
        return entries;
    }

    static KnownEntity parse(String line, int number) throws IOException {
        int space = line.indexOf(' ');
        MentionType type = space < 0 ? null : typeNamed(line.substring(0, space));
        if (type == null) {
            throw new IOException("line " + number + ": expected PERSON, ORG or LOC and a name: " + line);
        }
        List<String> names = Arrays.stream(line.substring(space + 1).split("\\|")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        if (names.isEmpty()) {
            throw new IOException("line " + number + ": no name: " + line);
        }
        return new KnownEntity(type, names.get(0), names.subList(1, names.size()));
    }

    /** PERSON, ORG, LOC (or the long forms); null for anything else. */
    static MentionType typeNamed(String word) {
        return switch (word) {
            case "PERSON" -> MentionType.PERSON;
            case "ORG", "ORGANIZATION" -> MentionType.ORGANIZATION;
            case "LOC", "LOCATION" -> MentionType.LOCATION;
            default -> null;
        };
    }

    public List<Mention> find(String written) {
        String text = SimplifiedHan.of(written);
        List<Mention> found = new ArrayList<>();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            List<Alias> candidates = byFirstChar.get(c);
            if (candidates == null || (isWordChar(c) && i > 0 && isWordChar(text.charAt(i - 1)))) {
                continue;
            }
            for (Alias alias : candidates) {
                int end = i + alias.text().length();
                if (text.startsWith(alias.text(), i) && !(isWordChar(text.charAt(end - 1)) && end < length && isWordChar(text.charAt(end)))
                        && !inIdentifier(text, i, end)) {
                    KnownEntity entity = alias.entity();
                    found.add(new Mention(entity.type(), written.substring(i, end), i, end, entity.key(), extractor, confidence, null));
                    i = end - 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A Latin name inside a path or a zone id ("Asia/Shanghai", "/Users/Jordan/") names a folder or a
     * setting, not a place or a person.
     */
    private static boolean inIdentifier(String text, int start, int end) {
        if (!isWordChar(text.charAt(start))) {
            return false;
        }
        boolean slashBefore = start >= 2 && text.charAt(start - 1) == '/' && isWordChar(text.charAt(start - 2));
        boolean slashAfter = end + 1 < text.length() && text.charAt(end) == '/' && isWordChar(text.charAt(end + 1));
        return slashBefore || slashAfter;
    }

    /** A letter or digit of a script that separates words with spaces (Latin, Greek, Cyrillic…). */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    static boolean isCjk(char c) {
        if (c < '\u2E80') {
            return false; // Latin, Greek, Cyrillic, punctuation: most characters of most texts, answered at once
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
