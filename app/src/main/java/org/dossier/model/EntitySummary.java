package org.dossier.model;

import java.util.List;

/** An entity of the case as the reporter sees it: its name, aliases, and how often the case mentions it. */
public record EntitySummary(long id, MentionType type, String name, List<String> aliases, boolean watched, boolean hidden,
                            long mentions) {
    public EntitySummary {
        aliases = List.copyOf(aliases);
    }
}
