package org.dossier.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.Mention;

/**
 * Where candidates overlap, the longest wins ("15 December 2023" over "December 2023" over "2023"),
 * and of two as long, the one found with more confidence (a watched name over a rule's guess).
 */
final class Overlaps {
    private Overlaps() {
    }

    static List<Mention> keepLongest(List<Mention> candidates) {
        List<Mention> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention candidate : byLength) {
            if (kept.stream().noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
