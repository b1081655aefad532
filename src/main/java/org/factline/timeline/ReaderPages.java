package org.factline.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factline.account.AccountManagement;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.SaidDate;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.Source;
import org.factline.evidence.Stance;
import org.factline.speaker.SpeakerManagement;
import org.factline.verdict.Rating;
import org.factline.verdict.Verdict;
import org.factline.verdict.VerdictManagement;
import org.factline.verdict.VerdictStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the read models of the public pages, each in one read-only transaction. */
@Service
@Transactional(readOnly = true)
class ReaderPages {

    static final int RELATED = 5;
    static final int SPEAKER_PAGE_SIZE = 25;
    static final int TOPIC_PAGE_SIZE = 100;

    private final ClaimManagement claims;
    private final EvidenceManagement evidence;
    private final VerdictManagement verdicts;
    private final AccountManagement accounts;
    private final SpeakerManagement speakers;
    private final ClaimListings listings;
    private final ZoneId zone;

    ReaderPages(
            ClaimManagement claims,
            EvidenceManagement evidence,
            VerdictManagement verdicts,
            AccountManagement accounts,
            SpeakerManagement speakers,
            ClaimListings listings,
            @Value("${factline.time-zone:Asia/Jakarta}") String zone) {
        this.claims = claims;
        this.evidence = evidence;
        this.verdicts = verdicts;
        this.accounts = accounts;
        this.speakers = speakers;
        this.listings = listings;
        this.zone = ZoneId.of(zone);
    }

    record HomePage(ClaimListings.Page claims, ClaimListings.Options options) {}

    HomePage home(ClaimFilter filter) {
        return new HomePage(listings.browse(filter), listings.options());
    }

    record SpeakerPage(
            org.factline.speaker.Speaker speaker,
            List<String> aliases,
            List<org.factline.speaker.SpeakerRole> roles,
            List<ClaimListings.ScoreBar> scorecard,
            int published,
            int mostOfOneRating,
            ClaimListings.Page claims) {}

    Optional<SpeakerPage> speakerPage(String slug, int page) {
        return speakers.findBySlug(slug).map(speaker -> {
            var scorecard = listings.scorecard(slug);
            int published =
                    scorecard.stream().mapToInt(ClaimListings.ScoreBar::count).sum();
            int most = scorecard.stream()
                    .mapToInt(ClaimListings.ScoreBar::count)
                    .max()
                    .orElse(0);
            var filter = new ClaimFilter(null, slug, null, null, null, null, page, false);
            return new SpeakerPage(
                    speaker,
                    speaker.getAliases().stream().sorted().toList(),
                    speaker.getRoles().stream().distinct().toList(),
                    scorecard,
                    published,
                    most,
                    listings.page(filter, ClaimListings.Order.SAID_LATEST, SPEAKER_PAGE_SIZE));
        });
    }

    record TopicPage(ClaimListings.Named topic, ClaimListings.Page claims) {}

    Optional<TopicPage> topicPage(String slug, int page) {
        return listings.topic(slug).map(topic -> {
            var filter = new ClaimFilter(null, null, slug, null, null, null, page, false);
            return new TopicPage(topic, listings.page(filter, ClaimListings.Order.SAID_FIRST, TOPIC_PAGE_SIZE));
        });
    }

    /** The page of a published claim; empty for drafts, archived and unknown claims alike. */
    Optional<ClaimPage> claimPage(long id) {
        return claims.findPublished(id).map(this::toPage);
    }

    private ClaimPage toPage(Claim claim) {
        var appearances = claim.getAppearances().stream()
                .map(a -> new ClaimPage.AppearanceView(
                        a.getArticle(),
                        a.getQuote(),
                        a.getQuotePrefix(),
                        a.getQuoteSuffix(),
                        a.getQuoteKind(),
                        a.chainFromOrigin()))
                .toList();

        var sources = new EnumMap<Stance, List<Source>>(Stance.class);
        for (var stance : Stance.values()) {
            sources.put(stance, new ArrayList<>());
        }
        var allSources = evidence.sourcesOf(claim.getId());
        allSources.forEach(source -> sources.get(source.getStance()).add(source));

        var history = verdicts.publicHistory(claim.getId());
        Verdict current = history.stream()
                .filter(v -> v.getStatus() == VerdictStatus.PUBLISHED)
                .findFirst()
                .orElse(null);
        var earlier = history.stream().filter(v -> v != current).toList();

        var peopleIds = new HashSet<Long>();
        history.forEach(v -> {
            peopleIds.add(v.getAuthorId());
            if (v.getReviewerId() != null) {
                peopleIds.add(v.getReviewerId());
            }
        });
        var scale = current == null ? null : current.getRating().getScale();

        return new ClaimPage(
                claim,
                claim.getSpeaker(),
                claim.speakerRoleThen(),
                claim.getTopicList(),
                appearances,
                sources,
                current,
                earlier,
                accounts.displayNames(peopleIds),
                timeline(claim, appearances, allSources, history),
                listings.related(claim.getId(), RELATED),
                scale == null ? 0 : scale.getBestValue(),
                scale == null ? 0 : scale.getWorstValue());
    }

    private List<TimelineEntry> timeline(
            Claim claim, List<ClaimPage.AppearanceView> appearances, List<Source> sources, List<Verdict> history) {
        var entries = new ArrayList<TimelineEntry>();
        if (claim.getSaid().isKnown()) {
            entries.add(new TimelineEntry(
                    claim.getSaid(),
                    TimelineEntry.Kind.SAID,
                    claim.getSpeaker().getName(),
                    claim.getSaidWhere(),
                    null));
        }
        for (var appearance : appearances) {
            if (appearance.article().getPublishedAt() != null) {
                entries.add(new TimelineEntry(
                        day(appearance.article().getPublishedAt()),
                        TimelineEntry.Kind.APPEARED,
                        appearance.article().getTitle(),
                        appearance.article().getOutlet(),
                        null));
            }
        }
        for (var source : sources) {
            if (source.getPublishedOn() != null) {
                entries.add(new TimelineEntry(
                        SaidDate.of(source.getPublishedOn(), DatePrecision.DAY),
                        TimelineEntry.Kind.SOURCE,
                        source.getTitle(),
                        source.getPublisher(),
                        null));
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            var verdict = history.get(i);
            entries.add(new TimelineEntry(
                    day(verdict.getPublishedAt()),
                    verdict.getSupersedesId() == null ? TimelineEntry.Kind.VERDICT : TimelineEntry.Kind.CORRECTION,
                    verdict.getSummary(),
                    verdict.getCorrectionReason(),
                    view(verdict.getRating())));
        }
        // stable: on the same day, the order above (said, reported, sources, verdicts) is kept
        entries.sort(Comparator.comparing(entry -> entry.when().getDate()));
        return entries;
    }

    private SaidDate day(Instant instant) {
        return SaidDate.of(LocalDate.ofInstant(instant, zone), DatePrecision.DAY);
    }

    static RatingView view(Rating rating) {
        return new RatingView(
                rating.getCode(),
                rating.getLabelEn(),
                rating.getLabelId(),
                rating.getIcon(),
                rating.getValue(),
                rating.getDescription(Locale.ENGLISH),
                rating.getDescription(Locale.forLanguageTag("id")));
    }
}
