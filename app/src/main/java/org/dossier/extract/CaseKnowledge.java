package org.dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Objects;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.KnownEntity;
import org.dossier.model.MentionType;

/**
 * What a case knows by name, as the extraction uses it: the watch list with the reporter's aliases,
 * and the chat participants, who are known people. A participant's name is also known by each of
 * its scripts ("陈立 Chen Li" is also 陈立 and Chen Li) and, for a Western name, by its given name
 * alone, since chats say "ask Marcus".
 */
public final class CaseKnowledge {
    private static final Pattern SCRIPT_RUN = Pattern.compile("[\\p{IsHan}·]+|(?<![\\p{L}\\p{N}])[\\p{IsLatin}][\\p{IsLatin}.'’ -]*[\\p{IsLatin}.]");

    private CaseKnowledge() {
    }

    /** The case's own names, to be found before the gazetteer's and the rules'. */
    public static KnownNames names(List<KnownEntity> watchList, List<String> participants) {
        return plusPeople(new KnownNames(watchList, "case", 0.95), participants);
    }

    /** The names known already, and these people. */
    static KnownNames plusPeople(KnownNames known, Collection<String> people) {
        return plus(known, participants(List.copyOf(people)));
    }

    /** The names known already, and these. */
    static KnownNames plus(KnownNames known, Collection<KnownEntity> more) {
        List<KnownEntity> entities = new ArrayList<>(known.entities());
        entities.addAll(more);
        return new KnownNames(entities, "case", 0.95);
    }

    /** The sample case's watch list and participants, as the evaluation uses them. */
    public static final String SAMPLE = "sample-case-knowledge.txt";

    /** A case's knowledge as written down: its watch list and its participants. */
    public record Written(List<KnownEntity> watchList, List<String> participants) {
        public KnownNames names() {
            return CaseKnowledge.names(watchList, participants);
        }
    }

    /**
     * Reads a case's knowledge written as a watch list ({@link KnownNames#read}) in which
     * {@code PARTICIPANT name} lines name chat participants.
     */
    public static Written read(Reader source) throws IOException {
        List<KnownEntity> watchList = new ArrayList<>();
        List<String> participants = new ArrayList<>();
        BufferedReader lines = new BufferedReader(source);
        int number = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            if (line.startsWith("PARTICIPANT ")) {
                participants.add(line.substring("PARTICIPANT ".length()).strip());
            } else if (!line.isBlank() && !line.startsWith("#")) {
                watchList.add(KnownNames.parse(line.strip(), number));
            }
        }
        return new Written(List.copyOf(watchList), List.copyOf(participants));
    }

    /** What the sample case knows: the watch list it starts with, and its chat participants. */
    public static Written sample() {
        try (Reader sample = new InputStreamReader(CaseKnowledge.class.getResourceAsStream(SAMPLE), StandardCharsets.UTF_8)) {
            return read(sample);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample case's watch list", e);
        }
    }

    /** Chat participants as known people, leaving out names too short to look for. */
    public static List<KnownEntity> participants(List<String> names) {
        return names.stream().map(CaseKnowledge::participant).filter(Objects::nonNull).toList();
    }

    /** A participant as a known person, or null for a name too short to look for ("K", "jw"). */
    static KnownEntity participant(String name) {
        String canonical = name.strip();
        if (canonical.codePointCount(0, canonical.length()) < 2 || Character.isLowerCase(canonical.charAt(0))) {
            return null; // a handle ("jw") or a placeholder ("deactivated user U03FORMER"): no name to look for
        }
        Set<String> aliases = new LinkedHashSet<>();
        Matcher run = SCRIPT_RUN.matcher(canonical);
        while (run.find()) {
            String part = run.group().strip();
            if (part.length() < 2 || Character.isLowerCase(part.charAt(0))) {
                continue; // "deactivated user U03FORMER" is no name to look for
            }
            if (!part.equals(canonical)) {
                aliases.add(part);
            }
            String[] words = part.split(" ");
            if (words.length >= 2 && words[0].length() >= 3 && !EnglishNames.PINYIN_SURNAMES.contains(words[0])) {
                aliases.add(words[0]);
            }
        }
        return new KnownEntity(MentionType.PERSON, canonical, List.copyOf(aliases));
    }
}
