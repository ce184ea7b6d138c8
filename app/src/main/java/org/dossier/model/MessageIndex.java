package org.dossier.model;

import java.util.Arrays;

/**
 * A conversation's messages in time order, as ids and times only: small enough to hold for a
 * hundred thousand messages, so the chat reader can scroll anywhere and read the rows it shows.
 */
public record MessageIndex(long[] ids, long[] times) {
    public int size() {
        return ids.length;
    }

    /** The position of the first message at or after this moment (epoch ms); the end when there is none. */
    public int firstAtOrAfter(long epochMillis) {
        int at = Arrays.binarySearch(times, epochMillis);
        if (at < 0) {
            return -at - 1;
        }
        while (at > 0 && times[at - 1] == epochMillis) {
            at--;
        }
        return at;
    }
}
