package org.factline.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factline.shared.Auditor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification module's API: what waits for a person (the desk menu's count, the list) and their
 * settings. Notifications are written by the module's listeners, inside the transaction of the action
 * they tell of, so one never exists without the other.
 */
@Service
@Transactional(readOnly = true)
public class NotificationManagement {

    /** The languages e-mails are written in. */
    public static final Set<String> LANGUAGES = Set.of("en", "id");

    /** How many notifications the list shows, newest first. */
    static final int SHOWN = 100;

    private static final String DEFAULT_LANGUAGE = "en";

    /**
     * A notification as the list shows it.
     *
     * @param claimTitle the claim's summary, or the start of its words
     * @param actor who did it, or {@code null} (a reader, the system)
     * @param detail the reviewer's comment, if any
     */
    public record Notification(
            long id,
            NotificationKind kind,
            Long claimId,
            String claimTitle,
            Long reportId,
            String actor,
            String detail,
            Instant createdAt,
            Instant readAt) {

        public boolean isRead() {
            return readAt != null;
        }

        /** The desk page the notification is about. */
        public String path() {
            return switch (kind) {
                case READER_REPORT -> "/desk/reports";
                case VERDICT_SENT_BACK, VERDICT_PUBLISHED -> "/desk/claims/" + claimId + "#verdict";
                case UPDATE_SENT_BACK, UPDATE_PUBLISHED -> "/desk/claims/" + claimId + "#update";
                case ASSIGNED -> "/desk/claims/" + claimId;
            };
        }
    }

    /** A person's settings: the language of their e-mails, and whether they want e-mail at all. */
    public record Settings(String language, boolean email) {}

    /** What an e-mail needs: the notification and where and how to send it. */
    record Mail(Notification notification, String address, Settings settings) {

        Locale locale() {
            return Locale.forLanguageTag(settings.language());
        }
    }

    /** Written in the transaction of the action; the mailer sends them once it commits. */
    record NotificationsCreated(List<Long> ids) {}

    private static final String SELECT = """
            select n.id, n.kind, n.claim_id, coalesce(c.summary, c.summary_id, left(c.text, 90)) as claim_title, n.report_id,
                   a.display_name as actor, n.detail, n.created_at, n.read_at
            from notification n
              left join claim c on c.id = n.claim_id
              left join app_user a on a.id = n.actor_id
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    NotificationManagement(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** How many of the signed-in person's notifications are unread (the desk menu's count); 0 for anyone else. */
    public long unreadCount(Object principal) {
        if (!(principal instanceof Auditor person)) {
            return 0;
        }
        return jdbc.sql("select count(*) from notification where recipient_id = :me and read_at is null")
                .param("me", person.userId())
                .query(Long.class)
                .single();
    }

    /** The person's latest notifications, newest first. */
    public List<Notification> of(long userId) {
        return jdbc.sql(SELECT + " where n.recipient_id = :me order by n.created_at desc, n.id desc limit :limit")
                .param("me", userId)
                .param("limit", SHOWN)
                .query(NotificationManagement::notification)
                .list();
    }

    /** One of the person's notifications; empty when it is not theirs. */
    public Optional<Notification> find(long userId, long id) {
        return jdbc.sql(SELECT + " where n.id = :id and n.recipient_id = :me")
                .param("id", id)
                .param("me", userId)
                .query(NotificationManagement::notification)
                .optional();
    }

    /** Marks one of the person's notifications read; false when it is not theirs. */
    @Transactional
    public boolean markRead(long userId, long id) {
        return jdbc.sql(
                                "update notification set read_at = coalesce(read_at, now()) where id = :id and recipient_id = :me")
                        .param("id", id)
                        .param("me", userId)
                        .update()
                == 1;
    }

    /** Marks all the person's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(long userId) {
        return jdbc.sql("update notification set read_at = now() where recipient_id = :me and read_at is null")
                .param("me", userId)
                .update();
    }

    /** The person's settings: as chosen, else the language they last signed in with (English by default). */
    public Settings settings(long userId) {
        return jdbc.sql("select language, email from notification_setting where user_id = :me")
                .param("me", userId)
                .query((rs, n) -> new Settings(rs.getString("language"), rs.getBoolean("email")))
                .optional()
                .orElse(new Settings(DEFAULT_LANGUAGE, true));
    }

    /** Saves the person's settings; a language other than {@link #LANGUAGES} is refused. */
    @Transactional
    public void saveSettings(long userId, Settings settings) {
        if (!LANGUAGES.contains(settings.language())) {
            throw new IllegalArgumentException("unknown language " + settings.language());
        }
        jdbc.sql("""
                        insert into notification_setting (user_id, language, email) values (:me, :language, :email)
                        on conflict (user_id) do update set language = excluded.language, email = excluded.email""")
                .param("me", userId)
                .param("language", settings.language())
                .param("email", settings.email())
                .update();
    }

    /** Keeps the language someone signed in with as the language of their e-mails. */
    @Transactional
    void signedInWith(long userId, String language) {
        if (!LANGUAGES.contains(language)) {
            return;
        }
        jdbc.sql("""
                        insert into notification_setting (user_id, language) values (:me, :language)
                        on conflict (user_id) do update set language = excluded.language""").param("me", userId).param("language", language).update();
    }

    /**
     * Tells each recipient (the one who acted is never told of their own action, nor is a disabled
     * account), in the current transaction; the e-mails follow after it commits.
     */
    @Transactional
    void tell(
            NotificationKind kind,
            Collection<Long> recipients,
            Long claimId,
            Long reportId,
            Long actorId,
            String detail) {
        var ids = new ArrayList<Long>();
        for (var recipient : new LinkedHashSet<>(recipients)) {
            if (recipient == null || recipient.equals(actorId)) {
                continue;
            }
            jdbc.sql("""
                            insert into notification (recipient_id, kind, claim_id, report_id, actor_id, detail)
                            select u.id, :kind, :claim, :report, :actor, :detail from app_user u
                            where u.id = :recipient and u.enabled
                            returning id""")
                    .param("recipient", recipient)
                    .param("kind", kind.name())
                    .param("claim", claimId)
                    .param("report", reportId)
                    .param("actor", actorId)
                    .param("detail", detail)
                    .query(Long.class)
                    .optional()
                    .ifPresent(ids::add);
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new NotificationsCreated(List.copyOf(ids)));
        }
    }

    /** What became of a notification's e-mail. */
    enum MailStatus {
        SENT,
        FAILED,
        OFF
    }

    @Transactional
    void mailed(long id, MailStatus status) {
        jdbc.sql("update notification set mail_status = :status where id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    /** What the e-mail of a notification needs, read after the action committed. */
    Optional<Mail> mail(long id) {
        return jdbc.sql(SELECT.replace(
                                "from notification n",
                                ", u.email as address, s.language, coalesce(s.email, true) as wants"
                                        + " from notification n join app_user u on u.id = n.recipient_id"
                                        + " left join notification_setting s on s.user_id = n.recipient_id")
                        + " where n.id = :id")
                .param("id", id)
                .query((rs, n) -> new Mail(
                        notification(rs, n),
                        rs.getString("address"),
                        new Settings(
                                rs.getString("language") == null ? DEFAULT_LANGUAGE : rs.getString("language"),
                                rs.getBoolean("wants"))))
                .optional();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(
                rs.getLong("id"),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getObject("claim_id", Long.class),
                rs.getString("claim_title"),
                rs.getObject("report_id", Long.class),
                rs.getString("actor"),
                rs.getString("detail"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") == null
                        ? null
                        : rs.getTimestamp("read_at").toInstant());
    }
}
