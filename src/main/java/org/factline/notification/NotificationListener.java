package org.factline.notification;

import java.util.ArrayList;
import java.util.List;
import org.factline.account.AccountManagement;
import org.factline.account.AppUser;
import org.factline.account.Role;
import org.factline.claim.ClaimAssigned;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimUpdateManagement;
import org.factline.claim.ClaimUpdatePublished;
import org.factline.claim.ClaimUpdateSentBack;
import org.factline.report.ReaderReportReceived;
import org.factline.verdict.VerdictManagement;
import org.factline.verdict.VerdictPublished;
import org.factline.verdict.VerdictSentBack;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into notifications, inside the transaction of the action (so a
 * notification exists exactly when its action happened): who is told of what.
 */
@Component
class NotificationListener {

    private final NotificationManagement notifications;
    private final VerdictManagement verdicts;
    private final ClaimManagement claims;
    private final ClaimUpdateManagement updates;
    private final AccountManagement accounts;

    NotificationListener(
            NotificationManagement notifications,
            VerdictManagement verdicts,
            ClaimManagement claims,
            ClaimUpdateManagement updates,
            AccountManagement accounts) {
        this.notifications = notifications;
        this.verdicts = verdicts;
        this.claims = claims;
        this.updates = updates;
        this.accounts = accounts;
    }

    /** The colleague a claim was assigned to (not when they assigned it to themselves). */
    @EventListener
    void on(ClaimAssigned event) {
        notifications.tell(
                NotificationKind.ASSIGNED,
                List.of(event.assigneeId()),
                event.claimId(),
                null,
                event.assignedBy(),
                null);
    }

    /** The verdict's author, with the reviewer's comment. */
    @EventListener
    void on(VerdictSentBack event) {
        var verdict = verdicts.findById(event.verdictId()).orElseThrow();
        notifications.tell(
                NotificationKind.VERDICT_SENT_BACK,
                List.of(verdict.getAuthorId()),
                event.claimId(),
                null,
                verdict.getReviewerId(),
                verdict.getReviewComment());
    }

    /** The verdict's author and the claim's, whose work it is. */
    @EventListener
    void on(VerdictPublished event) {
        var verdict = verdicts.findById(event.verdictId()).orElseThrow();
        var recipients = new ArrayList<Long>();
        recipients.add(verdict.getAuthorId());
        claims.findById(event.claimId()).map(c -> c.getCreatedBy()).ifPresent(recipients::add);
        notifications.tell(
                NotificationKind.VERDICT_PUBLISHED, recipients, event.claimId(), null, verdict.getReviewerId(), null);
    }

    /** The update's author, with the reviewer's comment. */
    @EventListener
    void on(ClaimUpdateSentBack event) {
        var update = updates.findById(event.updateId()).orElseThrow();
        notifications.tell(
                NotificationKind.UPDATE_SENT_BACK,
                List.of(update.getAuthorId()),
                event.claimId(),
                null,
                update.getReviewerId(),
                update.getReviewComment());
    }

    /** The update's author. */
    @EventListener
    void on(ClaimUpdatePublished event) {
        var update = updates.findById(event.updateId()).orElseThrow();
        notifications.tell(
                NotificationKind.UPDATE_PUBLISHED,
                List.of(update.getAuthorId()),
                event.claimId(),
                null,
                update.getReviewerId(),
                null);
    }

    /** Every editor whose account is active. */
    @EventListener
    void on(ReaderReportReceived event) {
        var editors = accounts.all().stream()
                .filter(AppUser::isEnabled)
                .filter(user -> user.getRoles().contains(Role.EDITOR))
                .map(AppUser::getId)
                .toList();
        notifications.tell(NotificationKind.READER_REPORT, editors, event.claimId(), event.reportId(), null, null);
    }
}
