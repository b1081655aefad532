package org.factline.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' reports of errors, kept for the editors. The limit per client is counted in the database,
 * so it holds however many instances serve the site.
 */
@Service
class ErrorReports {

    static final int PER_HOUR = 5;

    record Report(
            long id,
            long claimId,
            String claimPath,
            String claimSummary,
            String message,
            String email,
            String language,
            Instant createdAt) {}

    private final JdbcClient jdbc;
    private final ReportProperties properties;
    private final ApplicationEventPublisher events;

    ErrorReports(JdbcClient jdbc, ReportProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
    }

    /** Stores a report; false when this client has already sent {@value #PER_HOUR} in the last hour. */
    @Transactional
    boolean submit(long claimId, ReportForm form, String clientAddress, String language) {
        var client = hash(clientAddress);
        // one client's reports are counted one at a time, so parallel posts cannot slip past the limit
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:client, 7206452004))")
                .param("client", client)
                .query()
                .singleRow();
        long recent = jdbc.sql("select count(*) from error_report where client_hash = :client"
                        + " and created_at > now() - interval '1 hour'")
                .param("client", client)
                .query(Long.class)
                .single();
        if (recent >= PER_HOUR) {
            return false;
        }
        long id = jdbc.sql("insert into error_report (claim_id, message, email, client_hash, language)"
                        + " values (:claim, :message, :email, :client, :language) returning id")
                .param("claim", claimId)
                .param("message", form.message().strip())
                .param(
                        "email",
                        form.email() == null || form.email().isBlank()
                                ? null
                                : form.email().strip())
                .param("client", client)
                .param("language", language)
                .query(Long.class)
                .single();
        events.publishEvent(new ReaderReportReceived(id, claimId));
        return true;
    }

    @Transactional(readOnly = true)
    List<Report> latest(int limit) {
        return jdbc.sql("""
                        select e.id, e.claim_id, c.slug, c.summary, e.message, e.email, e.language, e.created_at
                        from error_report e join claim c on c.id = e.claim_id
                        order by e.created_at desc, e.id desc limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Report(
                        rs.getLong("id"),
                        rs.getLong("claim_id"),
                        "/claims/" + rs.getLong("claim_id") + "-" + rs.getString("slug"),
                        rs.getString("summary"),
                        rs.getString("message"),
                        rs.getString("email"),
                        rs.getString("language"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
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
