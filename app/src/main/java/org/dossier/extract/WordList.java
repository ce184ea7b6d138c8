package org.dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A bundled list of words (in this package's resources): space separated, any number a line, # starts a comment line. */
public final class WordList {
    private WordList() {
    }

    static Set<String> load(String resource) {
        return Set.copyOf(list(resource));
    }

    /** The words in the order the list gives them. */
    public static List<String> list(String resource) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(WordList.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.startsWith("#")).flatMap(line -> Arrays.stream(line.split("\\s+")))
                    .filter(word -> !word.isEmpty()).toList();
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("cannot read bundled word list " + resource, e));
        }
    }
}
