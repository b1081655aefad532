package org.factline;

import java.time.LocalDate;
import java.util.List;
import org.factline.account.AppUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.claim.ClaimEdit;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimUpdate;
import org.factline.claim.ClaimUpdateManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewClaim;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.NewSource;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;
import org.factline.speaker.Speaker;
import org.factline.verdict.NewVerdict;
import org.factline.verdict.Verdict;
import org.factline.verdict.VerdictManagement;
import org.springframework.context.ApplicationContext;

/** The steps of the review loop through the modules' APIs, each by the person who takes it on the desk. */
public final class ReviewLoopFixtures {

    private final ClaimManagement claims;
    private final EvidenceManagement evidence;
    private final VerdictManagement verdicts;
    private final ClaimUpdateManagement updates;

    public ReviewLoopFixtures(ApplicationContext context) {
        this.claims = context.getBean(ClaimManagement.class);
        this.evidence = context.getBean(EvidenceManagement.class);
        this.verdicts = context.getBean(VerdictManagement.class);
        this.updates = context.getBean(ClaimUpdateManagement.class);
    }

    /** A draft claim recorded by this person. */
    public Claim draft(AppUser author, Speaker speaker, String summary, String text, LocalDate said, String topic) {
        return claims.create(new NewClaim(
                speaker.getId(),
                text,
                "en",
                null,
                null,
                summary,
                said,
                DatePrecision.DAY,
                null,
                List.of(topic),
                null,
                author.getId()));
    }

    /** The claim's verdict, written by the author with a source first, and submitted for review. */
    public Verdict submittedVerdict(long claimId, AppUser author) {
        evidence.attach(
                claimId,
                new NewSource(
                        "https://example.org/evidence/" + claimId,
                        "Evidence for claim " + claimId,
                        "Statistics office",
                        LocalDate.of(2022, 7, 1),
                        SourceKind.NEWS_REPORT,
                        Stance.CONTRADICTS,
                        "An excerpt",
                        null,
                        null));
        var ratingId = verdicts.rating(VerdictManagement.DEFAULT_SCALE, "false")
                .orElseThrow()
                .getId();
        var draft = verdicts.draft(new NewVerdict(
                claimId, ratingId, "Not so, by the figures", "The figures say otherwise.", author.getId()));
        return verdicts.submit(draft.getId(), draft.getVersion());
    }

    public Verdict submitAgain(Verdict verdict) {
        var current = verdicts.findById(verdict.getId()).orElseThrow();
        return verdicts.submit(current.getId(), current.getVersion());
    }

    public Verdict sendBack(Verdict verdict, AppUser reviewer, String comment) {
        var current = verdicts.findById(verdict.getId()).orElseThrow();
        return verdicts.sendBack(current.getId(), current.getVersion(), reviewer.getId(), comment);
    }

    public Verdict publish(Verdict verdict, AppUser reviewer) {
        var current = verdicts.findById(verdict.getId()).orElseThrow();
        return verdicts.publish(current.getId(), current.getVersion(), reviewer.getId());
    }

    /** An update of the published claim (a new summary), drafted by the author and submitted. */
    public ClaimUpdate submittedUpdate(long claimId, AppUser author, String summary) {
        var claim = claims.findForDesk(claimId).orElseThrow();
        var edit = new ClaimEdit(
                claim.getSpeaker().getName(),
                claim.getText(),
                claim.getLanguage(),
                claim.getTranslation(),
                claim.getTranslationLanguage(),
                summary,
                null,
                claim.getSaid().getDate(),
                claim.getSaid().getPrecision(),
                claim.getSaidWhere(),
                claim.getTopicList().stream().map(t -> t.getName()).toList());
        var draft = SignedIn.as(
                Role.REPORTER,
                () -> updates.propose(
                        claimId, null, claim.getVersion(), edit, "The summary was sharpened.", false, author.getId()));
        return updates.submit(draft.getId(), draft.getVersion());
    }

    public ClaimUpdate submitAgain(ClaimUpdate update) {
        var current = updates.findById(update.getId()).orElseThrow();
        return updates.submit(current.getId(), current.getVersion());
    }

    public ClaimUpdate sendBack(ClaimUpdate update, AppUser reviewer, String comment) {
        var current = updates.findById(update.getId()).orElseThrow();
        return SignedIn.as(
                Role.EDITOR, () -> updates.sendBack(current.getId(), current.getVersion(), reviewer.getId(), comment));
    }

    public ClaimUpdate publish(ClaimUpdate update, AppUser reviewer) {
        var current = updates.findById(update.getId()).orElseThrow();
        return SignedIn.as(
                Role.EDITOR,
                () -> updates.publish(
                        current.getId(), current.getVersion(), reviewer.getId(), current.getPublicNote(), false));
    }
}
