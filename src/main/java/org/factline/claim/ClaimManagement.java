package org.factline.claim;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factline.article.Article;
import org.factline.article.ArticleManagement;
import org.factline.article.NewArticle;
import org.factline.filter.ClaimConditions;
import org.factline.filter.ClaimFilter;
import org.factline.shared.AuditHistory;
import org.factline.shared.Change;
import org.factline.shared.EditConflictException;
import org.factline.shared.Revision;
import org.factline.shared.Slugs;
import org.factline.shared.WorkflowException;
import org.factline.speaker.NewSpeaker;
import org.factline.speaker.Speaker;
import org.factline.speaker.SpeakerManagement;
import org.hibernate.Hibernate;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The claim module's API: recording claims and their appearances, the editorial status, reading. */
@Service
@Transactional(readOnly = true)
public class ClaimManagement {

    private final Claims claims;
    private final Topics topics;
    private final TopicManagement topicRecords;
    private final SpeakerManagement speakers;
    private final ArticleManagement articles;
    private final Clock clock;
    private final EntityManager entityManager;

    ClaimManagement(
            Claims claims,
            Topics topics,
            TopicManagement topicRecords,
            SpeakerManagement speakers,
            ArticleManagement articles,
            Clock clock,
            EntityManager entityManager) {
        this.claims = claims;
        this.topics = topics;
        this.topicRecords = topicRecords;
        this.speakers = speakers;
        this.articles = articles;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional
    public Claim create(NewClaim request) {
        var problems = new LinkedHashMap<String, String>();
        checkText(request, problems);
        refuse(problems);
        var speaker = speaker(request.speakerId());
        var scaleId = request.ratingScaleId() != null ? request.ratingScaleId() : claims.defaultRatingScaleId();
        var slugSource = !blank(request.summary())
                ? request.summary()
                : !blank(request.summaryIndonesian()) ? request.summaryIndonesian() : request.text();
        var claim = new Claim(
                speaker,
                scaleId,
                request.text().trim(),
                request.language(),
                SaidDate.of(request.saidOn(), request.datePrecision()),
                Slugs.of(slugSource),
                request.createdBy());
        claim.translate(request.translation(), request.translationLanguage());
        claim.setSummary(request.summary(), request.summaryIndonesian());
        claim.setSaidWhere(request.saidWhere());
        topicsNamed(request.topics()).forEach(claim::addTopic);
        return claims.save(claim);
    }

    /**
     * Records a claim from an article with its first appearance, and its speaker when new, all or
     * nothing. Refused, naming the fields, when the speaker's name matches no one (and no new speaker is
     * asked for) or several people, or the claim breaks a rule of {@link #create(NewClaim)}.
     */
    @Transactional
    public Claim record(ClaimRecording request, NewAppearance first) {
        var problems = new LinkedHashMap<String, String>();
        if (blank(request.speakerName())) {
            problems.put("speakerName", "desk.error.speakerRequired");
        }
        if (blank(request.language())) {
            problems.put("language", "desk.error.language");
        }
        checkText(request, problems);
        var named =
                blank(request.speakerName()) ? List.<Speaker>of() : speakers.findByNameOrAlias(request.speakerName());
        if (named.size() > 1) {
            problems.put("speakerName", "desk.error.speakerAmbiguous");
        } else if (named.isEmpty() && request.newSpeakerKind() == null) {
            problems.putIfAbsent("speakerName", "desk.error.speakerUnknown");
        }
        refuse(problems);
        var speaker = named.size() == 1
                ? named.get(0)
                : newSpeaker(
                        request.speakerName(),
                        new NewSpeakerChoice(request.newSpeakerKind(), request.newSpeakerRole()));
        var claim = create(new NewClaim(
                speaker.getId(),
                blank(request.text()) ? first.quote().trim() : request.text().trim(),
                request.language(),
                request.translation(),
                blank(request.translation()) ? null : request.translationLanguage(),
                request.summary(),
                request.summaryIndonesian(),
                request.saidOn(),
                request.datePrecision(),
                request.saidWhere(),
                request.topics(),
                null,
                request.createdBy()));
        addAppearance(claim.getId(), first);
        return claim;
    }

    /** An editor's revision as typed on the desk, the speaker named: see {@link #revise(long, long, ClaimRevision)}. */
    @Transactional
    public Claim revise(long claimId, long expectedVersion, ClaimEdit edit) {
        return revise(claimId, expectedVersion, edit, NewSpeakerChoice.none());
    }

    /**
     * As {@link #revise(long, long, ClaimEdit)}, creating the speaker asked for when the name matches no one
     * (as recording a claim does), all or nothing: a refused revision creates no one.
     */
    @Transactional
    public Claim revise(long claimId, long expectedVersion, ClaimEdit edit, NewSpeakerChoice newSpeaker) {
        return revise(claimId, expectedVersion, edit.toRevision(speakerFor(edit, newSpeaker)));
    }

    /**
     * The speaker an edit names: the one with this name or alias, or, when none has it and the form asks
     * for one, a new speaker, after the edit's other rules are checked. Refused on {@code speakerName} when
     * the name is several people's, or no one's and no new speaker is asked for.
     */
    long speakerFor(ClaimEdit edit, NewSpeakerChoice newSpeaker) {
        if (newSpeaker == null || newSpeaker.kind() == null || blank(edit.speakerName())) {
            return speakerNamed(edit.speakerName());
        }
        var named = speakers.findByNameOrAlias(edit.speakerName());
        if (named.size() > 1) {
            throw WorkflowException.onField("speakerName", "desk.error.speakerAmbiguous");
        }
        if (named.size() == 1) {
            return named.get(0).getId();
        }
        // the rest of the edit first, so that a refused one leaves no speaker behind in a later try
        checkRevision(edit.toRevision(0));
        return newSpeaker(edit.speakerName(), newSpeaker).getId();
    }

    private Speaker newSpeaker(String name, NewSpeakerChoice choice) {
        var role = blank(choice.role()) ? null : choice.role().trim();
        return speakers.create(new NewSpeaker(
                choice.kind(),
                name.trim(),
                null,
                role,
                null,
                List.of(),
                // the role typed is one they hold, listed on their page with any added later
                role == null ? List.of() : List.of(new NewSpeaker.HeldRole(role, null, null))));
    }

    /** The one speaker with this name or alias; refused on {@code speakerName} when none or several. */
    long speakerNamed(String name) {
        var named = speakers.findByNameOrAlias(name);
        if (named.size() != 1) {
            throw WorkflowException.onField(
                    "speakerName", named.isEmpty() ? "desk.error.speakerUnknown" : "desk.error.speakerAmbiguous");
        }
        return named.get(0).getId();
    }

    /**
     * Saves an editor's revision of a claim opened at {@code expectedVersion}; if someone saved it in
     * between, nothing is written and {@link EditConflictException} says so. A published claim is never
     * changed here: what readers see changes through a reviewed update ({@link ClaimUpdateManagement}).
     */
    @Transactional
    public Claim revise(long claimId, long expectedVersion, ClaimRevision revision) {
        checkRevision(revision);
        var claim = claims.findById(claimId).orElseThrow(() -> new WorkflowException("claim.error.notFound"));
        if (claim.isPublished()) {
            throw new WorkflowException("claim.error.publishedNeedsUpdate");
        }
        if (claim.getVersion() != expectedVersion) {
            throw new EditConflictException("claim", claim.getVersion());
        }
        return apply(claim, revision);
    }

    /** The rules of {@link #revise(long, long, ClaimRevision)} on the words and date, refused by field. */
    void checkRevision(ClaimRevision revision) {
        var problems = new LinkedHashMap<String, String>();
        checkText(revision, problems);
        refuse(problems);
    }

    /** Writes a revision into the claim, announcing it when readers see the claim; a published claim keeps a summary. */
    Claim apply(Claim claim, ClaimRevision revision) {
        if (claim.isPublished() && blank(revision.summary()) && blank(revision.summaryIndonesian())) {
            throw WorkflowException.onField("summary", "claim.error.summaryRequired");
        }
        claim.revise(
                speaker(revision.speakerId()),
                revision.text().trim(),
                revision.language(),
                SaidDate.of(revision.saidOn(), revision.datePrecision()));
        claim.translate(revision.translation(), revision.translationLanguage());
        claim.setSummary(revision.summary(), revision.summaryIndonesian());
        claim.setSaidWhere(revision.saidWhere());
        claim.replaceTopics(topicsNamed(revision.topics()));
        return claims.saveAndFlush(claim);
    }

    /**
     * Adds an appearance of a claim in a recorded article. The same quote of the same claim in the same
     * article is refused (on {@code quote}), and so is a direct quote the article's stored text does not
     * hold, unless confirmed with a note ({@link #checkQuote}).
     */
    @Transactional
    public Appearance addAppearance(long claimId, NewAppearance request) {
        var claim = claims.findById(claimId).orElseThrow(() -> new WorkflowException("claim.error.notFound"));
        if (claim.isPublished()) {
            throw new WorkflowException("claim.error.publishedNeedsUpdate");
        }
        return appendAppearance(claim, request);
    }

    /**
     * The rules of {@link #addAppearance(long, NewArticle, NewAppearance)}, checked without writing, for an
     * appearance an update proposes: a web address, a title and an outlet when the article is new, and when
     * it is recorded, no repeated quote and a direct quote its stored text holds (unless confirmed).
     */
    void checkAppearance(long claimId, NewArticle article, NewAppearance request) {
        if (!org.factline.article.CanonicalUrl.isValid(article.url())) {
            throw WorkflowException.onField("url", "desk.error.url");
        }
        var recorded = articles.findByUrl(article.url());
        if (recorded.isEmpty()) {
            var problems = new LinkedHashMap<String, String>();
            if (blank(article.title())) {
                problems.put("title", "desk.error.newArticleTitle");
            }
            if (blank(article.outlet())) {
                problems.put("outlet", "desk.error.newArticleOutlet");
            }
            refuse(problems);
            return;
        }
        if (hasAppearance(claimId, recorded.get().getId(), request.quote())) {
            throw WorkflowException.onField("quote", "desk.error.duplicateAppearance");
        }
        var selector = TextQuoteSelector.locate(recorded.get().getBody(), request.quote())
                .orElse(new TextQuoteSelector(null, request.quote(), null));
        checkQuote(recorded.get(), selector, request);
    }

    /** Records an appearance an update of a published claim proposed, its article too when new. */
    Appearance appendAppearance(Claim claim, NewArticle article, NewAppearance request) {
        var recorded = articles.findByUrl(article.url()).orElseGet(() -> articles.record(article));
        return appendAppearance(claim, withArticle(recorded.getId(), request));
    }

    private Appearance appendAppearance(Claim claim, NewAppearance request) {
        long claimId = claim.getId();
        var article = articles.findById(request.articleId())
                .orElseThrow(() -> new IllegalArgumentException("No article " + request.articleId()));
        if (hasAppearance(claimId, article.getId(), request.quote())) {
            throw WorkflowException.onField("quote", "desk.error.duplicateAppearance");
        }
        var selector = request.quotePrefix() == null && request.quoteSuffix() == null
                ? TextQuoteSelector.locate(article.getBody(), request.quote())
                        .orElse(new TextQuoteSelector(null, request.quote(), null))
                : new TextQuoteSelector(request.quotePrefix(), request.quote(), request.quoteSuffix());
        var confirmedMismatch = checkQuote(article, selector, request);
        var appearance = claim.addAppearance(article, selector, request.quoteKind(), request.chain());
        if (confirmedMismatch) {
            appearance.flagQuoteMismatch(QuoteMismatch.CONFIRMED, request.storedTextNote(), clock.instant());
        }
        // written first, so that saving the claim keeps this very appearance (a merge would copy a new one)
        claims.flush();
        claims.save(claim);
        return appearance;
    }

    /**
     * Adds an appearance of a claim in the article at {@code article}'s URL, recording the article first
     * when it is new (it then needs a title and an outlet); all or nothing.
     */
    @Transactional
    public Appearance addAppearance(
            long claimId, NewArticle article, String quote, QuoteKind kind, List<Attribution> chain) {
        return addAppearance(claimId, article, new NewAppearance(0, quote, null, null, kind, chain));
    }

    /**
     * As {@link #addAppearance(long, NewArticle, String, QuoteKind, List)}, the appearance's article being
     * the one at {@code article}'s URL whatever {@code request} names (its confirmation that the stored text
     * differs and the note are kept).
     */
    @Transactional
    public Appearance addAppearance(long claimId, NewArticle article, NewAppearance request) {
        claims.findById(claimId).orElseThrow(() -> new WorkflowException("claim.error.notFound"));
        var recorded = articles.findByUrl(article.url()).orElseGet(() -> articles.record(article));
        return addAppearance(claimId, withArticle(recorded.getId(), request));
    }

    private static NewAppearance withArticle(long articleId, NewAppearance request) {
        return new NewAppearance(
                articleId,
                request.quote(),
                request.quotePrefix(),
                request.quoteSuffix(),
                request.quoteKind(),
                request.chain(),
                request.storedTextDiffers(),
                request.storedTextNote());
    }

    /**
     * The rule that a direct quote is the article's own words: when the article's text is stored, it must
     * hold the quote (with its prefix and suffix, if given), compared as {@link QuoteText} compares. One
     * that it does not hold is refused on {@code quote}, unless the editor confirms that the stored text
     * differs and says why in a note (refused on {@code storedTextNote} when blank or too long); then the
     * appearance is recorded, flagged. Paraphrases, and articles without stored text, are not checked.
     *
     * @return whether the appearance is recorded as a confirmed mismatch
     */
    private static boolean checkQuote(Article article, TextQuoteSelector selector, NewAppearance request) {
        if (request.quoteKind() != QuoteKind.DIRECT
                || article.getBody() == null
                || selector.foundIn(article.getBody())) {
            return false;
        }
        var problems = new LinkedHashMap<String, String>();
        problems.put("quote", "claim.error.quoteNotInArticle");
        if (request.storedTextDiffers() && blank(request.storedTextNote())) {
            problems.put("storedTextNote", "claim.error.storedTextNoteRequired");
        } else if (request.storedTextDiffers()
                && request.storedTextNote().strip().length() > Appearance.MISMATCH_NOTE_MAX) {
            problems.put("storedTextNote", "claim.error.storedTextNoteTooLong");
        } else if (request.storedTextDiffers()) {
            return true;
        }
        throw WorkflowException.onFields(problems);
    }

    /**
     * Checks again every direct quote recorded from an article against its stored text, as after the text
     * changed: each whose quote, prefix or suffix the text no longer holds is flagged
     * ({@link QuoteMismatch#ARTICLE_CHANGED}) and listed on the desk. Returns how many were newly flagged.
     */
    @Transactional
    public int recheckQuotes(long articleId) {
        return flagMissingQuotes(claims.findAppearancesInArticle(articleId), QuoteMismatch.ARTICLE_CHANGED);
    }

    /**
     * Flags the direct quotes among these appearances, written in bulk past their claims (the CSV import),
     * that their article's stored text does not hold ({@link QuoteMismatch#IMPORTED}): an import flags
     * them rather than refusing the file, and the desk lists them. Returns how many were flagged.
     */
    @Transactional
    public int flagImportedQuotes(Collection<Long> appearanceIds) {
        int flagged = 0;
        var ids = List.copyOf(appearanceIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            flagged += flagMissingQuotes(claims.findAppearancesWithTextByIdIn(chunk), QuoteMismatch.IMPORTED);
        }
        return flagged;
    }

    private int flagMissingQuotes(List<Appearance> appearances, QuoteMismatch why) {
        var now = clock.instant();
        int flagged = 0;
        for (var appearance : appearances) {
            if (appearance.getQuoteMismatch() == null
                    && appearance.quoteMissingFrom(appearance.getArticle().getBody())) {
                appearance.flagQuoteMismatch(why, null, now);
                flagged++;
            }
        }
        return flagged;
    }

    /** Direct quotes their article's stored text does not hold, newest flag first, for the desk. */
    public List<Appearance> quoteMismatches(int limit) {
        return claims.findQuoteMismatches(PageRequest.of(0, limit));
    }

    /** Whether the article already holds this quote for this claim. */
    public boolean hasAppearance(long claimId, long articleId, String quote) {
        return claims.countAppearances(claimId, articleId, quote) > 0;
    }

    /** Publishes a claim (with its verdict); a claim goes public only with a summary. */
    @Transactional
    public void publish(long claimId) {
        var claim = claims.findById(claimId).orElseThrow(() -> new WorkflowException("claim.error.notFound"));
        claim.publish(clock.instant());
        claims.saveAndFlush(claim);
    }

    /**
     * Publishes an unpublished claim again: its page shows the claim, and a retraction in force ends (it
     * stays listed with the corrections, see {@link ClaimRetractions}).
     */
    @Transactional
    public void republish(long claimId) {
        var claim = claims.findById(claimId).orElseThrow();
        try {
            claim.republish(clock.instant());
        } catch (IllegalStateException e) {
            throw new WorkflowException("claim.error.notArchived");
        }
        claims.saveAndFlush(claim);
    }

    /**
     * Tells the claims that appearances were written for them in bulk, past their aggregate (the CSV
     * import's native SQL), so that those readers see announce the change as {@link #addAppearance} does.
     */
    @Transactional
    public void appearancesRecorded(Collection<Long> claimIds) {
        var published =
                claims.findAllById(claimIds).stream().filter(Claim::isPublished).toList();
        published.forEach(Claim::appearancesRecorded);
        claims.saveAllAndFlush(published);
    }

    public Optional<Claim> findById(long id) {
        return claims.findById(id);
    }

    /** A claim with its speaker, appearances, articles and topics loaded, for the desk. */
    public Optional<Claim> findForDesk(long id) {
        var claim = claims.findWithSpeakerById(id);
        claim.ifPresent(c -> {
            c.getAppearances().forEach(a -> a.chainFromOrigin());
            c.getTopicList();
            c.speakerRoleThen();
        });
        return claim;
    }

    /** Claims with their speakers, for lists; one query whatever the number. */
    public List<Claim> findWithSpeakers(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : claims.findWithSpeakerByIdIn(ids);
    }

    /** A published claim with its speaker; drafts and archived claims are never returned. */
    public Optional<Claim> findPublished(long id) {
        return claims.findPublishedById(id);
    }

    public List<Claim> latestPublished(int limit) {
        return claims.findPublished(PageRequest.of(0, limit));
    }

    /**
     * The desk's list: claims of any status that pass the filter ({@link ClaimConditions}, where {@code q}
     * reads a draft's words as search reads a published claim's), in the filter's order, at most
     * {@code limit}.
     */
    public List<Claim> desk(ClaimFilter filter, int limit) {
        return desk(filter, limit, 0);
    }

    /** One page of the desk's list. */
    public record DeskPage(List<Claim> claims, long total) {}

    /**
     * The filter's page ({@link ClaimFilter#page()}, counted from 0) of the desk's list, {@code size} claims
     * a page, and how many claims pass the filter in all.
     */
    public DeskPage deskPage(ClaimFilter filter, int size) {
        long total = count(filter);
        long offset = (long) filter.page() * size;
        return new DeskPage(offset >= total ? List.of() : desk(filter, size, offset), total);
    }

    /** How many claims of any status pass the filter (the desk's counts). */
    public long count(ClaimFilter filter) {
        var conditions = ClaimConditions.of(filter, ClaimConditions.Tables.ANY_STATUS);
        var count = entityManager.createNativeQuery(
                "select count(*) from claim c join speaker s on s.id = c.speaker_id where true" + conditions.sql(),
                Long.class);
        conditions.parameters().forEach(count::setParameter);
        return (Long) count.getSingleResult();
    }

    private List<Claim> desk(ClaimFilter filter, int limit, long offset) {
        var conditions = ClaimConditions.of(filter, ClaimConditions.Tables.ANY_STATUS);
        var query = entityManager.createNativeQuery(
                "select c.id from claim c join speaker s on s.id = c.speaker_id where true" + conditions.sql()
                        + " order by " + ClaimConditions.order(filter) + " limit " + limit + " offset " + offset,
                Long.class);
        conditions.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        var found = findWithSpeakers(ids).stream().collect(Collectors.toMap(Claim::getId, claim -> claim));
        return ids.stream().map(found::get).toList();
    }

    /**
     * Assigns the claims to a colleague ({@code null}: to no one), each change in the claim's history and,
     * for a new assignee, announced ({@link ClaimAssigned}). Whether the assignee may be given work is the
     * caller's to check. Refused as a whole when one of the claims does not exist. Returns how many changed
     * hands.
     */
    @Transactional
    public int assign(Collection<Long> claimIds, Long assignee, Long assignedBy) {
        var found = claims.findAllById(claimIds);
        if (found.size() != new java.util.HashSet<>(claimIds).size()) {
            throw new WorkflowException("desk.assign.error.unknownClaim");
        }
        var changed =
                found.stream().filter(c -> c.assignTo(assignee, assignedBy)).toList();
        claims.saveAllAndFlush(changed);
        return changed.size();
    }

    public Map<ClaimStatus, Long> countsByStatus() {
        var counts = new java.util.EnumMap<ClaimStatus, Long>(ClaimStatus.class);
        for (var status : ClaimStatus.values()) {
            counts.put(status, 0L);
        }
        for (var row : claims.countByStatus()) {
            counts.put((ClaimStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    public List<Claim> claimsInArticle(long articleId) {
        return claims.findByArticle(articleId);
    }

    public List<Topic> allTopics() {
        return topics.findLive();
    }

    public long count() {
        return claims.count();
    }

    /** The claim's latest recorded revision (who saved it, when): an edit opened now starts from it. */
    public Optional<Revision> latestRevision(long claimId) {
        return AuditHistory.latestRevision(entityManager, Claim.class, claimId);
    }

    /** The claim as one of its revisions left it, speaker and topics loaded: what an edit started from. */
    public Optional<Claim> atRevision(long claimId, int revision) {
        var claim = AuditHistory.atRevision(entityManager, Claim.class, claimId, revision);
        claim.ifPresent(c -> {
            Hibernate.initialize(c.getSpeaker());
            c.getTopicList().forEach(Hibernate::initialize);
        });
        return claim;
    }

    /** Every recorded change to the claim and its appearances, in the order they happened. */
    public List<Change> history(long claimId) {
        var changes = new ArrayList<Change>();
        changes.addAll(AuditHistory.changes(
                entityManager, Claim.class, "claim", AuditEntity.id().eq(claimId), ClaimManagement::describe));
        changes.addAll(AuditHistory.changes(
                entityManager,
                Appearance.class,
                "appearance",
                AuditEntity.relatedId("claim").eq(claimId),
                ClaimManagement::describe));
        return changes;
    }

    /** Related records by name; the date said as it is, for the desk to put into words. */
    private static Object describe(Object value) {
        if (value instanceof Speaker speaker) {
            return speaker.getName();
        }
        if (value instanceof Article article) {
            return article.getTitle() + " (" + article.getOutlet() + ")";
        }
        if (value instanceof Topic topic) {
            return topic.getName();
        }
        if (value instanceof Attribution link) {
            return link.getName();
        }
        if (value instanceof SaidDate said) {
            return said;
        }
        if (value instanceof Claim claim) {
            return "#" + claim.getId();
        }
        return null;
    }

    /** The rules every claim's wording and date keep, whoever records it; problems by field name. */
    private static void checkText(ClaimWording claim, Map<String, String> problems) {
        if (!blank(claim.translation()) && blank(claim.translationLanguage())) {
            problems.put("translationLanguage", "desk.error.translationLanguage");
        }
        if (tooLong(claim.summary(), Claim.SUMMARY_MAX)) {
            problems.put("summary", "claim.error.summaryTooLong");
        }
        if (tooLong(claim.summaryIndonesian(), Claim.SUMMARY_MAX)) {
            problems.put("summaryIndonesian", "claim.error.summaryTooLong");
        }
        if (claim.datePrecision() != null && claim.datePrecision() != DatePrecision.UNKNOWN && claim.saidOn() == null) {
            problems.put("saidOn", "desk.error.dateRequired");
        }
        if (claim.topics() != null && claim.topics().stream().anyMatch(TopicNames::tooLong)) {
            problems.put("topics", "claim.error.topicTooLong");
        }
    }

    private static boolean tooLong(String text, int max) {
        var stripped = text == null ? "" : text.strip();
        return stripped.codePointCount(0, stripped.length()) > max;
    }

    private static void refuse(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw WorkflowException.onFields(problems);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Speaker speaker(long speakerId) {
        return speakers.findById(speakerId).orElseThrow(() -> new WorkflowException("claim.error.unknownSpeaker"));
    }

    private List<Topic> topicsNamed(Collection<String> names) {
        var unique = new LinkedHashSet<String>();
        names.stream().map(String::trim).filter(name -> !name.isEmpty()).forEach(unique::add);
        return unique.stream().map(this::topic).collect(Collectors.toList());
    }

    private Topic topic(String name) {
        return topicRecords.named(name);
    }
}
