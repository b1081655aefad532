package org.factline.claim;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.factline.article.NewArticle;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.NewSource;
import org.factline.shared.EditConflictException;
import org.factline.shared.WorkflowException;
import org.factline.speaker.SpeakerManagement;
import org.factline.verdict.VerdictManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published means reviewed: what readers see of a published claim changes only through an update that
 * someone drafts (a reporter too) and another editor publishes, as a verdict is (the author publishes
 * their own only when the newsroom allows it, {@code factline.editorial.author-may-publish}). Until
 * then the claim keeps its published words, so every reader page, the feeds, search and the exports
 * stay as they were; publishing writes the update into the claim in one transaction, which announces
 * it ({@code PublicContentChanged}), and readers are told "Updated …: …" unless it was a minor fix.
 */
@Service
@Transactional(readOnly = true)
public class ClaimUpdateManagement {

    private final ClaimUpdates updates;
    private final Claims claims;
    private final ClaimManagement claimManagement;
    private final SpeakerManagement speakers;
    private final VerdictManagement verdicts;
    private final EvidenceManagement evidence;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClaimUpdateManagement(
            ClaimUpdates updates,
            Claims claims,
            ClaimManagement claimManagement,
            SpeakerManagement speakers,
            VerdictManagement verdicts,
            EvidenceManagement evidence,
            Clock clock,
            ApplicationEventPublisher events) {
        this.updates = updates;
        this.claims = claims;
        this.claimManagement = claimManagement;
        this.speakers = speakers;
        this.verdicts = verdicts;
        this.evidence = evidence;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Drafts an update of a published claim, or saves the open draft ({@code updateId}) opened at
     * {@code expectedVersion} (the claim's version for a new draft). Refused, naming the fields, as an
     * edit of the claim is, and when the note is too long; refused as a whole when the claim is not
     * published, when another update of it is open, or when this one is in review.
     */
    @Transactional
    public ClaimUpdate propose(
            long claimId,
            Long updateId,
            long expectedVersion,
            ClaimEdit edit,
            String publicNote,
            boolean minor,
            long authorId) {
        return propose(claimId, updateId, expectedVersion, edit, NewSpeakerChoice.none(), publicNote, minor, authorId);
    }

    /** As the other {@code propose}, creating the speaker asked for when the name matches no one. */
    @Transactional
    public ClaimUpdate propose(
            long claimId,
            Long updateId,
            long expectedVersion,
            ClaimEdit edit,
            NewSpeakerChoice newSpeaker,
            String publicNote,
            boolean minor,
            long authorId) {
        var claim = claims.findById(claimId).orElseThrow(() -> new WorkflowException("claim.error.notFound"));
        if (!claim.isPublished()) {
            throw new WorkflowException("update.error.notPublished");
        }
        var revision = edit.toRevision(claimManagement.speakerFor(edit, newSpeaker));
        claimManagement.checkRevision(revision);
        if ((revision.summary() == null || revision.summary().isBlank())
                && (revision.summaryIndonesian() == null
                        || revision.summaryIndonesian().isBlank())) {
            throw WorkflowException.onField("summary", "claim.error.summaryRequired");
        }
        if (publicNote != null && publicNote.strip().length() > ClaimUpdate.PUBLIC_NOTE_MAX) {
            throw WorkflowException.onField("publicNote", "update.error.noteTooLong");
        }
        var open = updates.findOpen(claimId);
        ClaimUpdate update;
        if (updateId == null) {
            if (open.isPresent()) {
                throw new WorkflowException("update.error.openExists");
            }
            if (claim.getVersion() != expectedVersion) {
                throw new EditConflictException("claim", claim.getVersion());
            }
            update = new ClaimUpdate(claimId, authorId);
        } else {
            update = open.filter(u -> u.getId().equals(updateId))
                    .orElseThrow(() -> new WorkflowException("update.error.notFound"));
            if (update.getVersion() != expectedVersion) {
                throw new EditConflictException("update", update.getVersion());
            }
            update.writtenBy(authorId);
        }
        update.propose(
                speakers.findById(revision.speakerId())
                        .orElseThrow(() -> new WorkflowException("claim.error.unknownSpeaker")),
                revision,
                publicNote,
                minor);
        return updates.saveAndFlush(update);
    }

    /**
     * Proposes an appearance of a published claim, added to the claim when the update is published: into
     * the open draft, or into a new update that starts from the claim as published. Refused as
     * {@link ClaimManagement#addAppearance(long, NewArticle, NewAppearance)} refuses (on {@code url},
     * {@code title}, {@code outlet}, {@code quote}, {@code storedTextNote}), and as a whole when the
     * claim is not published or its update is in review.
     */
    @Transactional
    public ClaimUpdate proposeAppearance(long claimId, NewArticle article, NewAppearance appearance, long authorId) {
        var claim = claims.findById(claimId).orElseThrow(() -> new WorkflowException("claim.error.notFound"));
        if (!claim.isPublished()) {
            throw new WorkflowException("update.error.notPublished");
        }
        claimManagement.checkAppearance(claimId, article, appearance);
        var update = updates.findOpen(claimId).orElseGet(() -> startFrom(claim, authorId));
        update.writtenBy(authorId);
        update.addAppearance(article, appearance);
        return updates.saveAndFlush(update);
    }

    /**
     * Proposes a change to a published claim's sources, made when the update is published: a new source
     * ({@code sourceId} null), new values for one of its sources, or, with {@code values} null, its
     * withdrawal. Into the open draft, or a new update that starts from the claim as published. Refused
     * on the fields as the evidence module refuses a source, and as a whole when the claim is not
     * published, the source is not the claim's, or the update is in review.
     */
    @Transactional
    public ClaimUpdate proposeSourceChange(long claimId, Long sourceId, NewSource values, long authorId) {
        var claim = claims.findById(claimId).orElseThrow(() -> new WorkflowException("claim.error.notFound"));
        if (!claim.isPublished()) {
            throw new WorkflowException("update.error.notPublished");
        }
        if (sourceId != null) {
            evidence.find(claimId, sourceId);
        }
        if (values != null) {
            evidence.check(values);
        }
        var update = updates.findOpen(claimId).orElseGet(() -> startFrom(claim, authorId));
        update.writtenBy(authorId);
        update.changeSource(sourceId, values);
        return updates.saveAndFlush(update);
    }

    /** Takes a proposed source change out of a drafted update. */
    @Transactional
    public ClaimUpdate withdrawSourceChange(long updateId, long expectedVersion, long changeId) {
        var update = load(updateId, expectedVersion);
        update.withdrawSourceChange(changeId);
        return updates.saveAndFlush(update);
    }

    /** Takes a proposed appearance out of a drafted update. */
    @Transactional
    public ClaimUpdate withdrawAppearance(long updateId, long expectedVersion, long proposedId) {
        var update = load(updateId, expectedVersion);
        update.removeAppearance(proposedId);
        return updates.saveAndFlush(update);
    }

    /** A new draft update holding the claim as it is published, for changes other than its words. */
    private ClaimUpdate startFrom(Claim claim, long authorId) {
        var update = new ClaimUpdate(claim.getId(), authorId);
        update.propose(
                claim.getSpeaker(),
                new ClaimRevision(
                        claim.getSpeaker().getId(),
                        claim.getText(),
                        claim.getLanguage(),
                        claim.getTranslation(),
                        claim.getTranslationLanguage(),
                        claim.getSummary(),
                        claim.getSummaryIndonesian(),
                        claim.getSaid().getDate(),
                        claim.getSaid().getPrecision(),
                        claim.getSaidWhere(),
                        claim.getTopicList().stream().map(Topic::getName).toList()),
                null,
                false);
        return update;
    }

    /** Sends a drafted update to review; readers must be told what changed unless it is a minor fix. */
    @Transactional
    public ClaimUpdate submit(long updateId, long expectedVersion) {
        var update = load(updateId, expectedVersion);
        update.submit(clock.instant());
        return updates.saveAndFlush(update);
    }

    /** Back to its author with a comment: another editor's step, as publishing is. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public ClaimUpdate sendBack(long updateId, long expectedVersion, long reviewerId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw WorkflowException.onField("comment", "update.error.commentRequired");
        }
        if (comment.strip().length() > ClaimUpdate.REVIEW_COMMENT_MAX) {
            throw WorkflowException.onField("comment", "update.error.commentTooLong");
        }
        var update = load(updateId, expectedVersion);
        update.sendBack(reviewerId, comment, verdicts.authorMayPublish());
        var sentBack = updates.saveAndFlush(update);
        events.publishEvent(new ClaimUpdateSentBack(sentBack.getId(), sentBack.getClaimId()));
        return sentBack;
    }

    /**
     * Publishes an update in review: an editor other than its author (unless the newsroom allows it)
     * settles the public note, or marks it a minor fix, and the claim takes the update's words in the same
     * transaction, announced to readers. Refused on {@code publicNote} when a note is needed and missing.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public ClaimUpdate publish(long updateId, long expectedVersion, long reviewerId, String publicNote, boolean minor) {
        var update = load(updateId, expectedVersion);
        if (publicNote != null && publicNote.strip().length() > ClaimUpdate.PUBLIC_NOTE_MAX) {
            throw WorkflowException.onField("publicNote", "update.error.noteTooLong");
        }
        var claim = claims.findById(update.getClaimId()).orElseThrow();
        if (!claim.isPublished()) {
            throw new WorkflowException("update.error.notPublished");
        }
        update.publish(reviewerId, clock.instant(), publicNote, minor, verdicts.authorMayPublish());
        var published = updates.saveAndFlush(update);
        // announced even when the words come out the same: the note alone changes the page
        claim.updatePublished();
        claimManagement.apply(claim, update.toRevision());
        var now = clock.instant();
        for (var appearance : update.getAppearances()) {
            claimManagement.appendAppearance(
                    claim, appearance.article(update.getAuthorId(), now), appearance.appearance());
        }
        for (var change : update.getSourceChanges()) {
            switch (change.getAction()) {
                case ADD -> evidence.attachReviewed(claim.getId(), change.values());
                case EDIT -> evidence.updateReviewed(claim.getId(), change.getSourceId(), change.values());
                case REMOVE -> evidence.removeReviewed(claim.getId(), change.getSourceId());
            }
        }
        events.publishEvent(new ClaimUpdatePublished(published.getId(), claim.getId()));
        return published;
    }

    /** Drops a drafted update; the claim stays as published. */
    @Transactional
    public void discard(long updateId, long expectedVersion) {
        var update = load(updateId, expectedVersion);
        if (update.getStatus() != UpdateStatus.DRAFT) {
            throw new WorkflowException("update.error.notDraft");
        }
        updates.delete(update);
    }

    /** The claim's update being drafted or reviewed, if any. */
    public Optional<ClaimUpdate> open(long claimId) {
        var open = updates.findOpen(claimId);
        // loaded here, in the transaction: the desk's page reads them after it
        open.ifPresent(update -> {
            update.getAppearances();
            update.getSourceChanges();
        });
        return open;
    }

    /** What the open update would change in the claim as readers see it, for its reviewer; empty when none. */
    public Optional<UpdateChanges> openChanges(long claimId) {
        return updates.findOpen(claimId)
                .flatMap(update ->
                        claimManagement.findForDesk(claimId).map(claim -> UpdateChanges.between(claim, update)));
    }

    /** Updates in review that this person may publish (not their own, unless the newsroom allows it). */
    public List<ClaimUpdate> waitingForReviewBy(long reviewerId) {
        return updates.findInReview().stream()
                .filter(u -> verdicts.authorMayPublish() || !u.isWrittenBy(reviewerId))
                .toList();
    }

    /** The author's updates sent back by a reviewer and not yet submitted again, latest first. */
    public List<ClaimUpdate> sentBackTo(long authorId) {
        return updates.findSentBackTo(authorId);
    }

    public Optional<ClaimUpdate> findById(long updateId) {
        return updates.findById(updateId);
    }

    /** The claim's published updates, newest first, minor fixes included. */
    public List<ClaimUpdate> publishedOf(long claimId) {
        return updates.findPublished(claimId);
    }

    private ClaimUpdate load(long updateId, long expectedVersion) {
        var update = updates.findById(updateId).orElseThrow(() -> new WorkflowException("update.error.notFound"));
        if (update.getVersion() != expectedVersion) {
            throw new EditConflictException("update", update.getVersion());
        }
        return update;
    }
}
