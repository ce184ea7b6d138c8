package org.dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A bundled list of words: space separated, any number a line, # starts a comment line. */
final class WordList {
    private WordList() {
    }

    static Set<String> load(String resource) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(WordList.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.startsWith("#")).flatMap(line -> Arrays.stream(line.split("\\s+")))
                    .filter(word -> !word.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("cannot read bundled word list " + resource, e));
        }
    }
}
