package org.dossier.model;

import java.time.Instant;
import java.util.List;

/**
 * A claim of the story draft with its evidence, its reviews and the status they give it.
 *
 * @param section            the part of the story it belongs to, or null
 * @param position           its place in the draft
 * @param approved           whether an editor's approval stands (none was given, or the claim or
 *                           its evidence changed since, or it was sent back: false)
 * @param independentSources how many independent sources support it
 * @param version            counts the changes to it, its evidence and its decision: a change made
 *                           from this claim is refused when another came first
 */
public record Claim(long id, String text, String section, int position, String createdBy, Instant createdAt,
                    List<Evidence> evidence, List<Review> reviews, ClaimStatus status, int independentSources,
                    boolean approved, int version) {
}
