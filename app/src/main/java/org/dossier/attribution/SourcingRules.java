package org.dossier.attribution;

import java.util.List;
import org.dossier.model.ClaimStatus;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.Evidence;

/**
 * What a claim's sourcing amounts to. Excerpts that share an original file, a conversation's
 * author, a speaker or a confidential source are one source. A claim is corroborated by two
 * independent supporting sources, or by one on-record statement of the party it concerns; one
 * contradicting source disputes it; only an editor's standing approval makes it approved.
 */
public final class SourcingRules {
    private SourcingRules() {
    }

    /** How many independent sources support the claim. */
    public static int independentSources(List<Evidence> evidence) {
        return (int) evidence.stream().filter(e -> e.stance() == Stance.SUPPORTS).map(Evidence::independence).distinct().count();
    }

    public static ClaimStatus status(List<Evidence> evidence, boolean approved) {
        if (approved) {
            return ClaimStatus.APPROVED;
        }
        if (evidence.stream().anyMatch(e -> e.stance() == Stance.CONTRADICTS)) {
            return ClaimStatus.DISPUTED;
        }
        boolean partyOnRecord = evidence.stream().anyMatch(e -> e.stance() == Stance.SUPPORTS && e.kind() == EvidenceKind.ON_RECORD
                && e.onRecord() != null && e.onRecord().byPartyConcerned());
        int sources = independentSources(evidence);
        if (sources >= 2 || partyOnRecord) {
            return ClaimStatus.CORROBORATED;
        }
        return sources == 1 ? ClaimStatus.SINGLE_SOURCE : ClaimStatus.UNSOURCED;
    }
}
