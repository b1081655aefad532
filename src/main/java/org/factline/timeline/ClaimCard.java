package org.factline.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factline.claim.DatePrecision;
import org.factline.claim.SaidDate;

/** A published claim in a list (home, browse, speaker, topic, search, feeds) with its current verdict. */
public record ClaimCard(
        long id,
        String slug,
        String summary,
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
        Instant verdictPublishedAt,
        List<Snippet> snippet,
        String snippetLanguage) {

    /** A piece of a search snippet; {@code hit} pieces matched the query and are shown highlighted. */
    public record Snippet(String text, boolean hit) {}

    public String path() {
        return "/claims/" + id + "-" + slug;
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
                verdictPublishedAt,
                pieces,
                language);
    }
}
