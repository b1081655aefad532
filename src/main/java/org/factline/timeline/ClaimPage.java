package org.factline.timeline;

import java.util.List;
import java.util.Map;
import org.factline.article.Article;
import org.factline.claim.Claim;
import org.factline.claim.QuoteKind;
import org.factline.claim.Topic;
import org.factline.evidence.Source;
import org.factline.evidence.Stance;
import org.factline.speaker.Speaker;
import org.factline.verdict.Verdict;

/** Everything a reader sees on a claim page, read in one transaction. */
record ClaimPage(
        Claim claim,
        Speaker speaker,
        String speakerRole,
        List<Topic> topics,
        List<AppearanceView> appearances,
        Map<Stance, List<Source>> sources,
        Verdict verdict,
        List<Verdict> earlierVerdicts,
        Map<Long, String> people,
        List<TimelineEntry> timeline,
        List<ClaimCard> related,
        int bestRating,
        int worstRating) {

    record AppearanceView(
            Article article, String quote, String prefix, String suffix, QuoteKind kind, List<String> chain) {}

    public int sourceCount() {
        return sources.values().stream().mapToInt(List::size).sum();
    }
}
