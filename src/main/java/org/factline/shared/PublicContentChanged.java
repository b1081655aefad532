package org.factline.shared;

import java.util.Set;

/**
 * Something readers see may have changed: a claim, its appearances, its sources, its verdict or a
 * correction, or (for {@link #everything()}) a rating. The aggregates that make such changes register
 * it themselves ({@code Claim}, {@code Source}, {@code Rating}; a published verdict through its claim),
 * and their repository's {@code saveAndFlush} publishes it once the rows are written, inside the
 * transaction that makes the change: the reader pages invalidate their cache and the search index is
 * refreshed within that same transaction, so no instance serves the old page once the change has
 * committed. The event may name a claim that readers do not see (a source of a draft): its listeners
 * look at the claim.
 *
 * <p>The pages of the claim's speaker and topics, and of the claims listed beside it, follow the claim
 * as it is in the database. A change that moves the claim to another speaker or other topics names the
 * ones it had before, since their pages listed it too.
 *
 * <p>A change of a speaker's own record (name, aliases, roles) names no claim but the speaker ({@link
 * #ofSpeaker}): it reaches the speaker's page and the pages and search documents of the speaker's claims.
 * A change of a topic's own record (renamed, described, merged) names the topic's addresses, as it was and
 * as it is ({@link #ofTopics}): it reaches those pages and the pages of the topic's claims, which show it.
 *
 * @param claimId the claim whose public page changed, or {@code null} when the change is not tied to one
 * @param formerSpeaker the slug of the speaker the claim had before this change, if it had another; without
 *     a claim, the speaker whose own record changed
 * @param formerTopics the slugs of the topics the claim had before this change; without a claim, the
 *     topics whose own record changed
 */
public record PublicContentChanged(Long claimId, String formerSpeaker, Set<String> formerTopics) {

    public PublicContentChanged {
        formerTopics = formerTopics == null ? Set.of() : Set.copyOf(formerTopics);
    }

    public static PublicContentChanged ofClaim(long claimId) {
        return new PublicContentChanged(claimId, null, Set.of());
    }

    /** A claim that may have moved from one speaker or set of topics to another. */
    public static PublicContentChanged ofClaim(long claimId, String formerSpeaker, Set<String> formerTopics) {
        return new PublicContentChanged(claimId, formerSpeaker, formerTopics);
    }

    /** A speaker's own record changed: their page, and their claims' pages and search documents, follow. */
    public static PublicContentChanged ofSpeaker(String slug) {
        return new PublicContentChanged(null, slug, Set.of());
    }

    /** Topics' own records changed: their pages (under these addresses) and their claims' pages follow. */
    public static PublicContentChanged ofTopics(Set<String> slugs) {
        return new PublicContentChanged(null, null, slugs);
    }

    /** The addresses of the topics whose own record changed ({@link #ofTopics}); empty for other changes. */
    public Set<String> changedTopics() {
        return claimId == null ? formerTopics : Set.of();
    }

    /** The speaker whose own record changed ({@link #ofSpeaker}), or {@code null}. */
    public String changedSpeaker() {
        return claimId == null ? formerSpeaker : null;
    }

    public static PublicContentChanged everything() {
        return new PublicContentChanged(null, null, Set.of());
    }
}
