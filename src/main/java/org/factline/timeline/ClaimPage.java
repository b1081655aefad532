package org.factline.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factline.claim.DatePrecision;
import org.factline.claim.QuoteKind;
import org.factline.claim.SaidDate;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;
import org.factline.shared.Bilingual;
import org.factline.speaker.SpeakerKind;

/**
 * Everything a reader sees on a claim page, read in one transaction as plain values (no entities, so
 * nothing can load lazily while the page renders).
 *
 * @param updates the published updates readers are told of ("Updated …: …"), newest first; minor fixes
 *     are not among them
 * @param lastUpdated when the last update was published, minor fixes included; null when none was
 * @param bestRating the highest value of a rating on the scale's true-to-false line
 * @param worstRating the lowest value of a rating on that line (False, on the default scale)
 */
record ClaimPage(
        ClaimView claim,
        SpeakerView speaker,
        List<ClaimListings.Named> topics,
        List<AppearanceView> appearances,
        Map<Stance, List<SourceView>> sources,
        VerdictView verdict,
        List<VerdictView> earlierVerdicts,
        List<TimelineEntry> timeline,
        List<ClaimCard> related,
        List<UpdateView> updates,
        Instant lastUpdated,
        int bestRating,
        int worstRating) {

    public int sourceCount() {
        return sources.values().stream().mapToInt(List::size).sum();
    }

    record ClaimView(
            long id,
            String slug,
            String text,
            String language,
            String translation,
            String translationLanguage,
            String summary,
            String summaryIndonesian,
            LocalDate saidOn,
            DatePrecision datePrecision,
            String saidWhere) {

        /** The headline as a reader of {@code language} is shown it. */
        public Bilingual.Shown summaryIn(String language) {
            return new Bilingual(summary, summaryIndonesian).shownIn(language);
        }

        /**
         * Whether a reader of {@code language} is offered the translation: the quote is in another language,
         * and the translation is in theirs (or the quote is in neither newsroom language).
         */
        public boolean translatedFor(String language) {
            if (translation == null || language.equals(this.language)) {
                return false;
            }
            return language.equals(translationLanguage)
                    || !Bilingual.ENGLISH.equals(this.language) && !Bilingual.INDONESIAN.equals(this.language);
        }

        public SaidDate said() {
            return SaidDate.of(saidOn, datePrecision);
        }

        public String path() {
            return "/claims/" + id + "-" + slug;
        }
    }

    /** The speaker, with the role they held when the claim was made (or their current one). */
    record SpeakerView(String name, String slug, SpeakerKind kind, String wikidataId, String role) {}

    record ArticleView(String url, String title, String outlet, String language, Instant publishedAt) {}

    /** One appearance: the quote in its context and who reported it to whom, origin first, the article last. */
    record AppearanceView(
            ArticleView article, String quote, String prefix, String suffix, QuoteKind kind, List<String> chain) {}

    record SourceView(
            String url,
            String title,
            String publisher,
            LocalDate publishedOn,
            SourceKind kind,
            Stance stance,
            String excerpt,
            String archiveUrl) {}

    /** A published update of the claim that readers are told of: when, and its public note. */
    record UpdateView(Instant publishedAt, String note) {}

    /**
     * A published or superseded verdict with the names of its author and reviewer.
     *
     * @param ratingOnScale whether its rating sits on the scale's true-to-false line, so that ClaimReview
     *     may give its value
     */
    record VerdictView(
            RatingView rating,
            String summary,
            String summaryIndonesian,
            String rationale,
            String rationaleIndonesian,
            Instant publishedAt,
            boolean correction,
            String correctionReason,
            String authorName,
            String reviewerName,
            boolean ratingOnScale) {

        /** The conclusion as a reader of {@code language} is shown it. */
        public Bilingual.Shown summaryIn(String language) {
            return new Bilingual(summary, summaryIndonesian).shownIn(language);
        }

        /** The reasons as a reader of {@code language} is shown them. */
        public Bilingual.Shown rationaleIn(String language) {
            return new Bilingual(rationale, rationaleIndonesian).shownIn(language);
        }
    }
}
