package org.factline.verdict;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The verdict module's API: rating scales, verdicts and their publication. */
@Service
@Transactional(readOnly = true)
public class VerdictManagement {

    public static final String DEFAULT_SCALE = "default";

    private final Verdicts verdicts;
    private final Ratings ratings;
    private final RatingScales scales;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VerdictManagement(
            Verdicts verdicts, Ratings ratings, RatingScales scales, ApplicationEventPublisher events, Clock clock) {
        this.verdicts = verdicts;
        this.ratings = ratings;
        this.scales = scales;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Verdict draft(NewVerdict request) {
        var rating = ratings.findById(request.ratingId())
                .orElseThrow(() -> new IllegalArgumentException("No rating " + request.ratingId()));
        var verdict =
                new Verdict(request.claimId(), rating, request.summary(), request.rationale(), request.authorId());
        return verdicts.saveAndFlush(verdict);
    }

    /** Publishes a verdict; the claim it rates is published in the same transaction. */
    @Transactional
    public Verdict publish(long verdictId, long reviewerId) {
        var verdict = verdicts.findById(verdictId).orElseThrow();
        verdict.publish(reviewerId, clock.instant());
        verdicts.flush();
        events.publishEvent(new VerdictPublished(verdict.getId(), verdict.getClaimId(), verdict.getPublishedAt()));
        return verdict;
    }

    public Optional<Rating> rating(String scaleSlug, String code) {
        return ratings.findByScaleAndCode(scaleSlug, code);
    }

    public Optional<RatingScale> scale(String slug) {
        return scales.findBySlugWithRatings(slug);
    }

    /** What readers may see of a claim's verdicts: the current one first, then those it superseded. */
    public List<Verdict> publicHistory(long claimId) {
        return verdicts.findPublicHistory(claimId);
    }

    /** The current published verdict of each claim that has one. */
    public Map<Long, Verdict> currentVerdicts(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return verdicts.findCurrentFor(claimIds).stream()
                .collect(Collectors.toMap(Verdict::getClaimId, Function.identity()));
    }
}
