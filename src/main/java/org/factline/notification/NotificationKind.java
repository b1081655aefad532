package org.factline.notification;

/** Why someone is told something; each has its sentence ({@code notification.kind.*}) in both languages. */
public enum NotificationKind {
    /** A colleague assigned a claim to you. */
    ASSIGNED,
    /** A reviewer sent your verdict (on a draft claim, or a correction) back with a comment. */
    VERDICT_SENT_BACK,
    /** A reviewer sent your update of a published claim back with a comment. */
    UPDATE_SENT_BACK,
    /** Your verdict (and with it the claim) went public. */
    VERDICT_PUBLISHED,
    /** Your update of a published claim went public. */
    UPDATE_PUBLISHED,
    /** A reader reported an error (editors). */
    READER_REPORT
}
