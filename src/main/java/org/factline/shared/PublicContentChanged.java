package org.factline.shared;

/**
 * Something readers see has changed: a claim, its sources, its verdict or a correction. Publish it
 * (an {@code ApplicationEventPublisher} is enough) inside the transaction that makes the change; the
 * reader pages invalidate their cache and the search index is refreshed within that same transaction,
 * so no instance serves the old page once the change has committed.
 *
 * @param claimId the claim whose public page changed, or {@code null} when the change is not tied to one
 */
public record PublicContentChanged(Long claimId) {

    public static PublicContentChanged ofClaim(long claimId) {
        return new PublicContentChanged(claimId);
    }

    public static PublicContentChanged everything() {
        return new PublicContentChanged(null);
    }
}
