package org.factline.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factline.claim.DatePrecision;
import org.factline.claim.SaidDate;
import org.factline.shared.Bilingual;

/** A published claim in a list (home, browse, speaker, topic, search, feeds) with its current verdict. */
public record ClaimCard(
        long id,
        String slug,
        String summary,
        String summaryIndonesian,
        String text,
        String language,
        LocalDate saidOn,
        DatePrecision precision,
        String saidWhere,
        Instant publishedAt,
        String speakerName,
        String speakerSlug,
        RatingView rating,
        String verdictSummary,
        String verdictSummaryIndonesian,
        Instant verdictPublishedAt,
        List<Snippet> snippet,
        String snippetLanguage) {

    /** A piece of a search snippet; {@code hit} pieces matched the query and are shown highlighted. */
    public record Snippet(String text, boolean hit) {}

    public String path() {
        return "/claims/" + id + "-" + slug;
    }

    /** The headline as a reader of {@code language} is shown it. */
    public Bilingual.Shown summaryIn(String language) {
        return new Bilingual(summary, summaryIndonesian).shownIn(language);
    }

    /** The current verdict's conclusion as a reader of {@code language} is shown it. */
    public Bilingual.Shown verdictSummaryIn(String language) {
        return new Bilingual(verdictSummary, verdictSummaryIndonesian).shownIn(language);
    }

    public SaidDate said() {
        return SaidDate.of(saidOn, precision);
    }

    /** The same card with a search snippet; its language is null when it is in the page's language. */
    public ClaimCard withSnippet(List<Snippet> pieces, String language) {
        return new ClaimCard(
                id,
                slug,
                summary,
                summaryIndonesian,
                text,
                language,
                saidOn,
                precision,
                saidWhere,
                publishedAt,
                speakerName,
                speakerSlug,
                rating,
                verdictSummary,
                verdictSummaryIndonesian,
                verdictPublishedAt,
                pieces,
                language);
    }
}
