package org.factline.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' reports of errors, kept for the editors, who triage them. The limits (per client, and over all
 * clients together) are counted in the database, so they hold however many instances serve the site.
 */
@Service
class ErrorReports {

    static final int PER_HOUR = 5;
    static final int PAGE_SIZE = 50;

    enum Sent {
        SENT,
        TOO_MANY_FROM_CLIENT,
        TOO_MANY_OVERALL
    }

    record Report(
            long id,
            Long claimId,
            String claimPath,
            String claimSummary,
            String page,
            String message,
            String email,
            String language,
            Instant createdAt,
            String status,
            Long assigneeId,
            String assigneeName,
            String note,
            long version) {

        public boolean siteWide() {
            return claimId == null;
        }
    }

    record Change(Instant at, String by, String field, String oldValue, String newValue) {}

    record Person(long id, String name) {}

    record Listing(List<Report> reports, long total, int page) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    private static final String SELECT = """
            select e.id, e.claim_id, c.slug, coalesce(c.summary, c.summary_id) as summary, e.page, e.message, e.email, e.language, e.created_at,
                   e.status, e.assignee_id, u.display_name as assignee_name, e.note, e.version
            from error_report e
            left join claim c on c.id = e.claim_id
            left join app_user u on u.id = e.assignee_id
            """;

    private final JdbcClient jdbc;
    private final ReportProperties properties;
    private final ApplicationEventPublisher events;

    ErrorReports(JdbcClient jdbc, ReportProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
    }

    /**
     * Stores a report about a claim, or about the site when {@code claimId} is null; refused when this client
     * has already sent {@value #PER_HOUR} in the last hour, or all readers together the configured most.
     */
    @Transactional
    Sent submit(Long claimId, ReportForm form, String clientAddress, String language) {
        var client = hash(clientAddress);
        // reports are counted one at a time, so parallel posts cannot slip past either limit
        jdbc.sql("select pg_advisory_xact_lock(7206452004)").query().singleRow();
        long fromClient = jdbc.sql("select count(*) from error_report where client_hash = :client"
                        + " and created_at > now() - interval '1 hour'")
                .param("client", client)
                .query(Long.class)
                .single();
        if (fromClient >= PER_HOUR) {
            return Sent.TOO_MANY_FROM_CLIENT;
        }
        long overall = jdbc.sql("select count(*) from error_report where created_at > now() - interval '1 hour'")
                .query(Long.class)
                .single();
        if (overall >= properties.reportsPerHour()) {
            return Sent.TOO_MANY_OVERALL;
        }
        long id = jdbc.sql("insert into error_report (claim_id, page, message, email, client_hash, language)"
                        + " values (:claim, :page, :message, :email, :client, :language) returning id")
                .param("claim", claimId)
                .param("page", claimId == null ? blankToNull(form.page()) : null)
                .param("message", form.message().strip())
                .param("email", blankToNull(form.email()))
                .param("client", client)
                .param("language", language)
                .query(Long.class)
                .single();
        events.publishEvent(new ReaderReportReceived(id, claimId));
        return Sent.SENT;
    }

    @Transactional(readOnly = true)
    Listing list(ReportFilter filter) {
        var where = filter.where();
        var count = jdbc.sql("select count(*) from error_report e left join claim c on c.id = e.claim_id" + where);
        var rows = jdbc.sql(SELECT + where + " order by e.created_at desc, e.id desc limit :limit offset :offset");
        for (var entry : filter.parameters().entrySet()) {
            count = count.param(entry.getKey(), entry.getValue());
            rows = rows.param(entry.getKey(), entry.getValue());
        }
        long total = count.query(Long.class).single();
        var reports = rows.param("limit", PAGE_SIZE)
                .param("offset", (long) filter.page() * PAGE_SIZE)
                .query((rs, n) -> report(rs))
                .list();
        return new Listing(reports, total, filter.page());
    }

    @Transactional(readOnly = true)
    Optional<Report> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id")
                .param("id", id)
                .query((rs, n) -> report(rs))
                .optional();
    }

    @Transactional(readOnly = true)
    List<Change> history(long id) {
        return jdbc.sql("""
                        select h.changed_at, u.display_name, h.field, h.old_value, h.new_value
                        from error_report_change h left join app_user u on u.id = h.changed_by
                        where h.report_id = :id order by h.changed_at desc, h.id desc""")
                .param("id", id)
                .query((rs, n) -> new Change(
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("display_name"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }

    /** People the desk can hand a report to: enabled accounts with a desk role. */
    @Transactional(readOnly = true)
    List<Person> assignees() {
        return jdbc.sql("""
                        select u.id, u.display_name from app_user u
                        where u.enabled and exists (select from app_user_role r where r.user_id = u.id)
                        order by lower(u.display_name), u.id""")
                .query((rs, n) -> new Person(rs.getLong("id"), rs.getString("display_name")))
                .list();
    }

    @Transactional(readOnly = true)
    long countNew() {
        return jdbc.sql("select count(*) from error_report where status = 'new'")
                .query(Long.class)
                .single();
    }

    /**
     * Sets a report's status, assignee and note, each change written to its history; false when someone
     * changed the report since {@code version} was read (nothing is written then).
     */
    @Transactional
    boolean triage(long id, long version, String status, Long assignee, String note, Long byUserId) {
        var before = find(id).orElseThrow(() -> new IllegalArgumentException("No report " + id));
        int updated = jdbc.sql("""
                        update error_report set status = :status, assignee_id = :assignee, note = :note,
                               updated_at = now(), version = version + 1
                        where id = :id and version = :version""")
                .param("status", status)
                .param("assignee", assignee)
                .param("note", note)
                .param("id", id)
                .param("version", version)
                .update();
        if (updated == 0) {
            return false;
        }
        if (!before.status().equals(status)) {
            change(id, byUserId, "status", before.status(), status);
        }
        if (!Objects.equals(before.assigneeId(), assignee)) {
            change(id, byUserId, "assignee", before.assigneeName(), assignee == null ? null : name(assignee));
        }
        if (!before.note().equals(note)) {
            change(id, byUserId, "note", before.note(), note);
        }
        return true;
    }

    boolean isAssignee(long userId) {
        return assignees().stream().anyMatch(person -> person.id() == userId);
    }

    private String name(long userId) {
        return jdbc.sql("select display_name from app_user where id = :id")
                .param("id", userId)
                .query(String.class)
                .single();
    }

    private void change(long id, Long byUserId, String field, String oldValue, String newValue) {
        jdbc.sql("insert into error_report_change (report_id, changed_by, field, old_value, new_value)"
                        + " values (:id, :by, :field, :old, :new)")
                .param("id", id)
                .param("by", byUserId)
                .param("field", field)
                .param("old", oldValue == null || oldValue.isEmpty() ? null : oldValue)
                .param("new", newValue == null || newValue.isEmpty() ? null : newValue)
                .update();
    }

    private static Report report(java.sql.ResultSet rs) throws java.sql.SQLException {
        var claimId = rs.getObject("claim_id", Long.class);
        return new Report(
                rs.getLong("id"),
                claimId,
                claimId == null ? null : "/claims/" + claimId + "-" + rs.getString("slug"),
                rs.getString("summary"),
                rs.getString("page"),
                rs.getString("message"),
                rs.getString("email"),
                rs.getString("language"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("status"),
                rs.getObject("assignee_id", Long.class),
                rs.getString("assignee_name"),
                rs.getString("note"),
                rs.getLong("version"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String hash(String clientAddress) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.reportSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
