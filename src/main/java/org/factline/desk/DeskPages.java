package org.factline.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.account.AccountManagement;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimRetractions;
import org.factline.claim.ClaimUpdate;
import org.factline.claim.ClaimUpdateManagement;
import org.factline.claim.Retraction;
import org.factline.claim.UpdateChanges;
import org.factline.claim.UpdateStatus;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.Source;
import org.factline.shared.Change;
import org.factline.verdict.Rating;
import org.factline.verdict.Verdict;
import org.factline.verdict.VerdictChanges;
import org.factline.verdict.VerdictManagement;
import org.factline.verdict.VerdictStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read models of the desk's claim pages, each read in one transaction. */
@Service
@Transactional(readOnly = true)
class DeskPages {

    private final ClaimManagement claims;
    private final EvidenceManagement evidence;
    private final VerdictManagement verdicts;
    private final AccountManagement accounts;
    private final ClaimRetractions retractions;
    private final ClaimUpdateManagement updates;

    DeskPages(
            ClaimManagement claims,
            EvidenceManagement evidence,
            VerdictManagement verdicts,
            AccountManagement accounts,
            ClaimRetractions retractions,
            ClaimUpdateManagement updates) {
        this.claims = claims;
        this.evidence = evidence;
        this.verdicts = verdicts;
        this.accounts = accounts;
        this.retractions = retractions;
        this.updates = updates;
    }

    record ClaimWorkspace(
            Claim claim,
            List<Source> sources,
            List<Verdict> verdicts,
            Verdict open,
            Verdict published,
            List<Rating> ratings,
            Map<Long, String> people,
            boolean authorMayPublish,
            List<Retraction> retractions,
            ClaimUpdate update,
            UpdateChanges updateChanges) {

        public boolean hasOpenVerdict() {
            return open != null;
        }

        /** While the verdict is in review its sources hold still: the evidence module refuses changes. */
        public boolean sourcesFrozen() {
            return open != null && open.getStatus() == VerdictStatus.IN_REVIEW;
        }

        /** Whether the signed-in person may publish or send back the verdict: an editor, not its author. */
        public boolean mayReview(Verdict verdict, Object principal) {
            return principal instanceof FactlineUser user
                    && user.hasRole(Role.EDITOR)
                    && (authorMayPublish || !wrote(verdict, user));
        }

        public boolean wrote(Verdict verdict, Object principal) {
            return principal instanceof FactlineUser user && verdict.isWrittenBy(user.userId());
        }

        /** Whether the signed-in person may publish or send back the claim's update: an editor, not its author. */
        public boolean mayReviewUpdate(Object principal) {
            return update != null
                    && principal instanceof FactlineUser user
                    && user.hasRole(Role.EDITOR)
                    && (authorMayPublish || !update.isWrittenBy(user.userId()));
        }

        public boolean wroteUpdate(Object principal) {
            return update != null && principal instanceof FactlineUser user && update.isWrittenBy(user.userId());
        }

        /** What an editor should look at twice in the claim's texts and addresses before readers see them. */
        public List<TextWarning> textWarnings() {
            return TextWarning.of(this);
        }

        /** What the open verdict changes in the published one, when it is a correction of it; else null. */
        public VerdictChanges correctionChanges() {
            return open != null && published != null && published.getId().equals(open.getSupersedesId())
                    ? VerdictChanges.between(published, open)
                    : null;
        }
    }

    Optional<ClaimWorkspace> claim(long id) {
        return claims.findForDesk(id).map(claim -> {
            var all = verdicts.allOf(id);
            var open = all.stream()
                    .filter(v -> v.getStatus() == VerdictStatus.DRAFT || v.getStatus() == VerdictStatus.IN_REVIEW)
                    .findFirst()
                    .orElse(null);
            var published = all.stream()
                    .filter(v -> v.getStatus() == VerdictStatus.PUBLISHED)
                    .findFirst()
                    .orElse(null);
            var update = updates.open(id).orElse(null);
            var people = new HashSet<Long>();
            if (update != null) {
                people.add(update.getAuthorId());
                if (update.getReviewerId() != null) {
                    people.add(update.getReviewerId());
                }
            }
            all.forEach(v -> {
                people.add(v.getAuthorId());
                if (v.getReviewerId() != null) {
                    people.add(v.getReviewerId());
                }
            });
            var retractions = claim.getRetractions();
            retractions.stream()
                    .map(Retraction::getRetractedBy)
                    .filter(java.util.Objects::nonNull)
                    .forEach(people::add);
            return new ClaimWorkspace(
                    claim,
                    evidence.sourcesOf(id),
                    all,
                    open,
                    published,
                    verdicts.ratingsOfScale(claim.getRatingScaleId()),
                    accounts.displayNames(people),
                    verdicts.authorMayPublish(),
                    retractions,
                    update,
                    update == null ? null : updates.openChanges(id).orElse(null));
        });
    }

    /** Every change to a claim, its appearances, sources and verdicts, newest first. */
    List<Change> history(long claimId) {
        var changes = new ArrayList<Change>();
        changes.addAll(claims.history(claimId));
        changes.addAll(evidence.history(claimId));
        changes.addAll(verdicts.history(claimId));
        changes.addAll(retractions.history(claimId));
        changes.addAll(publishedUpdates(claimId));
        changes.sort(Comparator.comparing(Change::at).reversed());
        return changes;
    }

    /** Each published update of the claim, by its reviewer: its public note, or that it was a minor fix. */
    private List<Change> publishedUpdates(long claimId) {
        var published = updates.publishedOf(claimId);
        var names = accounts.displayNames(
                published.stream().map(ClaimUpdate::getReviewerId).collect(java.util.stream.Collectors.toSet()));
        return published.stream()
                .map(update -> new Change(
                        update.getPublishedAt(),
                        names.get(update.getReviewerId()),
                        "update",
                        update.getId(),
                        Change.Kind.CHANGED,
                        List.of(
                                new Change.FieldChange("status", UpdateStatus.IN_REVIEW, UpdateStatus.PUBLISHED),
                                update.isMinor()
                                        ? new Change.FieldChange("minor", false, true)
                                        : new Change.FieldChange("publicNote", null, update.getPublicNote()))))
                .toList();
    }
}
