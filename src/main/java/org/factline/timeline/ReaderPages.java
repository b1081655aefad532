package org.factline.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factline.claim.DatePrecision;
import org.factline.claim.SaidDate;
import org.factline.evidence.Stance;
import org.factline.filter.ClaimFilter;
import org.factline.shared.Bilingual;
import org.factline.speaker.SpeakerManagement;
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

    private final ClaimPageQuery claimPages;
    private final SpeakerManagement speakers;
    private final ClaimListings listings;
    private final ZoneId zone;

    ReaderPages(
            ClaimPageQuery claimPages,
            SpeakerManagement speakers,
            ClaimListings listings,
            @Value("${factline.time-zone:Asia/Jakarta}") String zone) {
        this.claimPages = claimPages;
        this.speakers = speakers;
        this.listings = listings;
        this.zone = ZoneId.of(zone);
    }

    record HomePage(ClaimListings.Page claims, ClaimListings.Options options) {}

    /** The codes of the ratings a filter may name. */
    java.util.Set<String> ratingCodes() {
        return listings.ratingCodes();
    }

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

    /**
     * A speaker's page, only for a speaker with a published claim: one who appears only on drafts or
     * retracted claims is not found, as an unknown one is, so the address tells nothing of unpublished work.
     */
    Optional<SpeakerPage> speakerPage(String slug, int page) {
        return speakers.findBySlug(slug)
                .filter(speaker -> listings.isPublicSpeaker(slug))
                .map(speaker -> {
                    var scorecard = listings.scorecard(slug);
                    int published = scorecard.stream()
                            .mapToInt(ClaimListings.ScoreBar::count)
                            .sum();
                    int most = scorecard.stream()
                            .mapToInt(ClaimListings.ScoreBar::count)
                            .max()
                            .orElse(0);
                    var filter = ClaimFilter.ofSpeaker(slug, page);
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

    boolean isPublicSpeaker(String slug) {
        return listings.isPublicSpeaker(slug);
    }

    record TopicPage(ClaimListings.TopicText topic, ClaimListings.Page claims) {}

    Optional<TopicPage> topicPage(String slug, int page, Locale locale) {
        return listings.topic(slug, locale).map(topic -> {
            var filter = ClaimFilter.ofTopic(slug, page);
            return new TopicPage(topic, listings.page(filter, ClaimListings.Order.SAID_FIRST, TOPIC_PAGE_SIZE));
        });
    }

    /** The page of a published claim; empty for drafts, archived and unknown claims alike. */
    Optional<ClaimPage> claimPage(long id) {
        return claimPages.find(id).map(this::toPage);
    }

    private ClaimPage toPage(ClaimPageQuery.Document document) {
        var appearances = document.appearances().stream()
                .map(a -> {
                    var chain = new ArrayList<String>(a.reportedBy());
                    chain.add(a.outlet());
                    return new ClaimPage.AppearanceView(
                            new ClaimPage.ArticleView(a.url(), a.title(), a.outlet(), a.language(), a.publishedAt()),
                            a.quote(),
                            a.prefix(),
                            a.suffix(),
                            a.kind(),
                            chain);
                })
                .toList();

        var sources = new EnumMap<Stance, List<ClaimPage.SourceView>>(Stance.class);
        for (var stance : Stance.values()) {
            sources.put(stance, new ArrayList<>());
        }
        document.sources().forEach(source -> sources.get(source.stance()).add(source));

        // the published verdict, then those it superseded, newest first
        var history = new ArrayList<ClaimPage.VerdictView>();
        if (document.verdict() != null) {
            history.add(document.verdict());
        }
        history.addAll(document.earlierVerdicts());

        var claim = document.claim();
        return new ClaimPage(
                claim,
                document.speaker(),
                document.topics(),
                appearances,
                sources,
                document.verdict(),
                document.earlierVerdicts(),
                timeline(claim, document.speaker(), appearances, document.sources(), history, document.updates()),
                listings.related(claim.id(), RELATED),
                document.updates(),
                document.lastUpdated(),
                document.bestRating(),
                document.worstRating());
    }

    private List<TimelineEntry> timeline(
            ClaimPage.ClaimView claim,
            ClaimPage.SpeakerView speaker,
            List<ClaimPage.AppearanceView> appearances,
            List<ClaimPage.SourceView> sources,
            List<ClaimPage.VerdictView> history,
            List<ClaimPage.UpdateView> updates) {
        var entries = new ArrayList<TimelineEntry>();
        if (claim.said().isKnown()) {
            entries.add(
                    new TimelineEntry(claim.said(), TimelineEntry.Kind.SAID, speaker.name(), claim.saidWhere(), null));
        }
        for (var appearance : appearances) {
            if (appearance.article().publishedAt() != null) {
                entries.add(new TimelineEntry(
                        day(appearance.article().publishedAt()),
                        TimelineEntry.Kind.APPEARED,
                        appearance.article().title(),
                        appearance.article().outlet(),
                        null));
            }
        }
        for (var source : sources) {
            if (source.publishedOn() != null) {
                entries.add(new TimelineEntry(
                        SaidDate.of(source.publishedOn(), DatePrecision.DAY),
                        TimelineEntry.Kind.SOURCE,
                        source.title(),
                        source.publisher(),
                        null));
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            var verdict = history.get(i);
            entries.add(new TimelineEntry(
                    day(verdict.publishedAt()),
                    verdict.correction() ? TimelineEntry.Kind.CORRECTION : TimelineEntry.Kind.VERDICT,
                    new Bilingual(verdict.summary(), verdict.summaryIndonesian()),
                    verdict.correctionReason(),
                    verdict.rating()));
        }
        for (var update : updates) {
            entries.add(new TimelineEntry(
                    day(update.publishedAt()), TimelineEntry.Kind.UPDATED, update.note(), null, null));
        }
        // stable: on the same day, the order above (said, reported, sources, verdicts) is kept
        entries.sort(Comparator.comparing(entry -> entry.when().getDate()));
        return entries;
    }

    private SaidDate day(Instant instant) {
        return SaidDate.of(LocalDate.ofInstant(instant, zone), DatePrecision.DAY);
    }
}
