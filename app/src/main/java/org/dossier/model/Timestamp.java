package org.dossier.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A moment and the zone it was written in. {@code zoneAssumed} is true when the evidence carried
 * no zone and the case's zone was used instead: a reporter must be able to tell the two apart.
 */
public record Timestamp(Instant instant, ZoneId zone, boolean zoneAssumed) {

    public static Timestamp of(ZonedDateTime time) {
        return new Timestamp(time.toInstant(), time.getZone(), false);
    }

    public ZonedDateTime local() {
        return instant.atZone(zone);
    }
}
