package org.dossier.model;

import java.util.List;
import java.util.Set;

/**
 * What the other members of a team case did since the last word: the tables their changes touched
 * (claims, evidence_links, items…), and who has the case open now, by name.
 */
public record CaseActivity(Set<String> changed, List<String> present) {
    public CaseActivity {
        changed = Set.copyOf(changed);
        present = List.copyOf(present);
    }
}
