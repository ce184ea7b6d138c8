package org.dossier.model;

import java.time.ZoneId;

/**
 * A conversation as an export describes it.
 *
 * @param key         the platform's identity for it ({@code slack:C05TIDEDATA}); the same key from
 *                    two files or two imports is one conversation
 * @param exportPath  where the export was found, as received
 * @param zone        the zone its times are shown in (and were read in, when {@code zoneAssumed})
 */
public record NewConversation(String key, String platform, String externalId, String name, String kind,
                              String exportPath, ZoneId zone, boolean zoneAssumed) {
}
