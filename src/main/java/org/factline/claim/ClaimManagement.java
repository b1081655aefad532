package org.factline.claim;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.factline.article.ArticleManagement;
import org.factline.shared.Slugs;
import org.factline.speaker.SpeakerManagement;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The claim module's API: recording claims and their appearances, and reading published ones. */
@Service
@Transactional(readOnly = true)
public class ClaimManagement {

    private final Claims claims;
    private final Topics topics;
    private final SpeakerManagement speakers;
    private final ArticleManagement articles;
    private final Clock clock;

    ClaimManagement(Claims claims, Topics topics, SpeakerManagement speakers, ArticleManagement articles, Clock clock) {
        this.claims = claims;
        this.topics = topics;
        this.speakers = speakers;
        this.articles = articles;
        this.clock = clock;
    }

    @Transactional
    public Claim create(NewClaim request) {
        var speaker = speakers.findById(request.speakerId())
                .orElseThrow(() -> new IllegalArgumentException("No speaker " + request.speakerId()));
        var scaleId = request.ratingScaleId() != null ? request.ratingScaleId() : claims.defaultRatingScaleId();
        var slugSource = request.summary() != null && !request.summary().isBlank() ? request.summary() : request.text();
        var claim = new Claim(
                speaker,
                scaleId,
                request.text().trim(),
                request.language(),
                SaidDate.of(request.saidOn(), request.datePrecision()),
                Slugs.of(slugSource));
        claim.translate(request.translation(), request.translationLanguage());
        claim.setSummary(request.summary());
        claim.setSaidWhere(request.saidWhere());
        request.topics().forEach(name -> claim.addTopic(topic(name)));
        return claims.save(claim);
    }

    @Transactional
    public Appearance addAppearance(long claimId, NewAppearance request) {
        var claim = claims.findById(claimId).orElseThrow(() -> new IllegalArgumentException("No claim " + claimId));
        var article = articles.findById(request.articleId())
                .orElseThrow(() -> new IllegalArgumentException("No article " + request.articleId()));
        var selector = request.quotePrefix() == null && request.quoteSuffix() == null
                ? TextQuoteSelector.locate(article.getBody(), request.quote())
                        .orElse(new TextQuoteSelector(null, request.quote(), null))
                : new TextQuoteSelector(request.quotePrefix(), request.quote(), request.quoteSuffix());
        var appearance = claim.addAppearance(article, selector, request.quoteKind(), request.chain());
        claims.flush();
        return appearance;
    }

    @Transactional
    public void publish(long claimId) {
        claims.findById(claimId).orElseThrow().publish(clock.instant());
    }

    public Optional<Claim> findById(long id) {
        return claims.findById(id);
    }

    /** A published claim with its speaker; drafts and archived claims are never returned. */
    public Optional<Claim> findPublished(long id) {
        return claims.findPublishedById(id);
    }

    public List<Claim> latestPublished(int limit) {
        return claims.findPublished(PageRequest.of(0, limit));
    }

    public long count() {
        return claims.count();
    }

    private Topic topic(String name) {
        var slug = Slugs.of(name);
        return topics.findBySlug(slug).orElseGet(() -> topics.save(new Topic(slug, name.trim())));
    }
}
