package org.dossier.ingest;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dossier.text.FoldedWords;

/**
 * Which texts are near-copies of each other, by MinHash over runs of three words (Broder, 1997):
 * each text gets 128 values, the smallest hash of its runs under each of 128 hash functions; two
 * texts share a value as often as they share runs (their Jaccard similarity). Texts are bucketed
 * by 32 bands of 4 values, so only texts that share a band are compared (locality-sensitive
 * hashing), and those sharing at least {@link #SIMILAR} of their values are one group. Chinese
 * characters are words of their own; words are folded, so case, width and script do not matter.
 */
public final class NearCopies {
    static final int VALUES = 128;
    private static final int BANDS = 32;
    private static final int ROWS = VALUES / BANDS;
    private static final int RUN = 3;
    /** Fewer runs than this and a text is too short to call a copy of anything (a greeting, a one-line mail). */
    static final int FEWEST_RUNS = 20;
    /**
     * The share of signature values two near-copies share: Tika's "various" test document as PDF
     * and as DOCX share 0.77 (the PDF's text has its tables and lists laid out otherwise).
     */
    static final double SIMILAR = 0.7;
    private static final long[] MULTIPLY = new long[VALUES];
    private static final long[] ADD = new long[VALUES];

    static {
        Random random = new Random(0x5EED);
        for (int i = 0; i < VALUES; i++) {
            MULTIPLY[i] = random.nextLong() | 1;
            ADD[i] = random.nextLong();
        }
    }

    private NearCopies() {
    }

    /** The text's signature, or null when it is too short to compare. */
    public static byte[] signature(String text) {
        List<String> words = FoldedWords.of(text);
        if (words.size() < RUN + FEWEST_RUNS - 1) {
            return null;
        }
        int[] smallest = new int[VALUES];
        java.util.Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int i = 0; i + RUN <= words.size(); i++) {
            long run = mix(String.join(" ", words.subList(i, i + RUN)).hashCode() * 0x9E3779B97F4A7C15L);
            for (int v = 0; v < VALUES; v++) {
                int hash = (int) ((MULTIPLY[v] * run + ADD[v]) >>> 33);
                if (hash < smallest[v]) {
                    smallest[v] = hash;
                }
            }
        }
        ByteBuffer bytes = ByteBuffer.allocate(VALUES * 4);
        for (int value : smallest) {
            bytes.putInt(value);
        }
        return bytes.array();
    }

    /** The share of values two signatures hold in common: an estimate of the texts' Jaccard similarity. */
    public static double similarity(byte[] one, byte[] other) {
        ByteBuffer a = ByteBuffer.wrap(one);
        ByteBuffer b = ByteBuffer.wrap(other);
        int same = 0;
        for (int v = 0; v < VALUES; v++) {
            same += a.getInt() == b.getInt() ? 1 : 0;
        }
        return (double) same / VALUES;
    }

    /**
     * Groups of near-copies among these signatures (by item id), each of two items or more, each
     * group's ids in order. Two items of one conversation are never copies: a reply that quotes a
     * whole mail shares most of its words, and the thread already shows which mails hold the others.
     */
    public static List<List<Long>> groups(Map<Long, byte[]> signatures, Map<Long, Long> conversationOf) {
        Map<Long, Long> parent = new HashMap<>();
        for (int band = 0; band < BANDS; band++) {
            Map<ByteBuffer, List<Long>> buckets = new HashMap<>();
            for (Map.Entry<Long, byte[]> entry : signatures.entrySet()) {
                buckets.computeIfAbsent(ByteBuffer.wrap(entry.getValue(), band * ROWS * 4, ROWS * 4).slice(), key -> new ArrayList<>())
                        .add(entry.getKey());
            }
            for (List<Long> bucket : buckets.values()) {
                for (int i = 1; i < bucket.size(); i++) {
                    long first = bucket.get(0);
                    long next = bucket.get(i);
                    Long conversation = conversationOf.get(first);
                    if (!root(parent, first).equals(root(parent, next)) && (conversation == null || !conversation.equals(conversationOf.get(next)))
                            && similarity(signatures.get(first), signatures.get(next)) >= SIMILAR) {
                        parent.put(root(parent, next), root(parent, first));
                    }
                }
            }
        }
        Map<Long, List<Long>> byRoot = new HashMap<>();
        for (long item : signatures.keySet()) {
            byRoot.computeIfAbsent(root(parent, item), key -> new ArrayList<>()).add(item);
        }
        List<List<Long>> groups = new ArrayList<>();
        for (List<Long> group : byRoot.values()) {
            if (group.size() > 1) {
                group.sort(null);
                groups.add(group);
            }
        }
        return groups;
    }

    private static Long root(Map<Long, Long> parent, long item) {
        Long root = item;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }

    /** A 64-bit finaliser (SplitMix64's), so String's weak hash spreads over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
