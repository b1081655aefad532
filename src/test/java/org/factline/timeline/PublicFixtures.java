package org.factline.timeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.factline.SignedIn;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.claim.ClaimEdit;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimRetractions;
import org.factline.claim.ClaimUpdateManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewAppearance;
import org.factline.claim.NewClaim;
import org.factline.claim.QuoteKind;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.NewSource;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;
import org.factline.shared.PublicContentChanged;
import org.factline.speaker.Speaker;
import org.factline.verdict.NewVerdict;
import org.factline.verdict.Verdict;
import org.factline.verdict.VerdictManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Published claims, corrections and lookups for the reader page tests, built through the modules' APIs. */
public final class PublicFixtures {

    private final ApplicationContext context;
    private final TestData data;
    private final ClaimManagement claims;
    private final EvidenceManagement evidence;
    private final VerdictManagement verdicts;
    private final JdbcClient jdbc;

    public PublicFixtures(ApplicationContext context) {
        this.context = context;
        this.data = new TestData(context);
        this.claims = context.getBean(ClaimManagement.class);
        this.evidence = context.getBean(EvidenceManagement.class);
        this.verdicts = context.getBean(VerdictManagement.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public TestData data() {
        return data;
    }

    /** A claim by a new speaker, with the given number of sources and appearances, published as "false". */
    public Claim published(String summary, String text, int sources, int appearances) {
        return published(data.matsegora(), TestData.unique("Test topic"), summary, text, sources, appearances);
    }

    /** A claim by the given speaker on the given topic, published as "false". */
    public Claim published(Speaker speaker, String topic, String summary, String text, int sources, int appearances) {
        return published(speaker, topic, summary, text, sources, appearances, "Rationale of " + summary);
    }

    /**
     * An address in a rationale far wider than a phone, as editors paste them: it made the claim page 405 px
     * wide at 360 px.
     */
    public static final String LONG_URL = "https://www.kemlu.go.id/files/siaran-pers/2022/08/17/"
            + "pernyataan-resmi-mengenai-kerja-sama-ekonomi-republik-rakyat-demokratik-korea-dan-wilayah-donbas"
            + "-yang-diduduki-rusia-beserta-lampiran-lengkapnya.pdf?utm_source=whatsapp&versi=final-revisi-ketiga";

    /** A word longer than a phone is wide, in a summary, a quote and a topic's name. */
    public static final String LONG_WORD = "Arbeitskraefteentsendungsvereinbarungsverhandlungen";

    /** Within the 75 characters a summary may have. */
    public static final String LONG_SUMMARY = "The " + LONG_WORD + " is exempt";

    /** The published claim whose rationale holds {@link #LONG_URL} (created once; the tests share a database). */
    public Claim longAddressClaim() {
        var existing = jdbc.sql("select id from claim where summary = ? and status = 'PUBLISHED'")
                .param(LONG_SUMMARY)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return claims.findById(existing.get()).orElseThrow();
        }
        return published(
                data.matsegora(),
                "Kerja sama " + LONG_WORD,
                LONG_SUMMARY,
                "Pekerja yang dikirim lewat " + LONG_WORD + " bebas dari sanksi, kata " + LONG_URL,
                2,
                1,
                "The agreement is not exempt. The ministry's own statement says so: " + LONG_URL + " (page 3), and the "
                        + LONG_WORD + " was never signed.");
    }

    private Claim published(
            Speaker speaker,
            String topic,
            String summary,
            String text,
            int sources,
            int appearances,
            String rationale) {
        var claim = draft(speaker, topic, summary, text);
        for (int i = 0; i < appearances; i++) {
            claims.addAppearance(
                    claim.getId(),
                    new NewAppearance(
                            data.tribunWow(text).getId(),
                            text,
                            null,
                            null,
                            QuoteKind.DIRECT,
                            List.of(new org.factline.claim.Attribution("Izvestia", null))));
        }
        for (int i = 0; i < sources; i++) {
            evidence.attach(
                    claim.getId(),
                    new NewSource(
                            "https://example.org/source/" + i,
                            "Source " + i,
                            "Publisher " + i,
                            LocalDate.of(2022, 7, 1).plusDays(i % 20),
                            SourceKind.NEWS_REPORT,
                            Stance.values()[i % 3],
                            "Excerpt " + i,
                            null,
                            null));
        }
        publishVerdict(claim.getId(), "false", "The claim is not accurate: " + summary, rationale);
        return claims.findById(claim.getId()).orElseThrow();
    }

    /** A draft claim by the given speaker on the given topic, dated 18 July 2022, with no appearance yet. */
    public Claim draft(Speaker speaker, String topic, String summary, String text) {
        return claims.create(new NewClaim(
                speaker.getId(),
                text,
                "id",
                null,
                null,
                summary,
                LocalDate.of(2022, 7, 18),
                DatePrecision.DAY,
                "in a test",
                List.of(topic),
                null));
    }

    /**
     * Publishes an update of a published claim as the desk does: drafted and submitted by one editor,
     * published with a public note by another.
     */
    public void publishUpdate(long claimId, ClaimEdit edit, String note) {
        var updates = context.getBean(ClaimUpdateManagement.class);
        var author = data.user(Role.REPORTER, Role.EDITOR);
        var reviewer = data.user(Role.REPORTER, Role.EDITOR);
        SignedIn.as(Role.EDITOR, () -> {
            var version = claims.findById(claimId).orElseThrow().getVersion();
            var draft = updates.propose(claimId, null, version, edit, note, false, author.getId());
            var submitted = updates.submit(draft.getId(), draft.getVersion());
            return updates.publish(submitted.getId(), submitted.getVersion(), reviewer.getId(), note, false);
        });
    }

    public Verdict publishVerdict(long claimId, String rating, String summary) {
        return publishVerdict(claimId, rating, summary, "Rationale of " + summary);
    }

    public Verdict publishVerdict(long claimId, String rating, String summary, String rationale) {
        var author = data.user(Role.REPORTER);
        var editor = data.user(Role.REPORTER, Role.EDITOR);
        var ratingId = verdicts.rating(VerdictManagement.DEFAULT_SCALE, rating)
                .orElseThrow()
                .getId();
        var draft = verdicts.draft(new NewVerdict(claimId, ratingId, summary, rationale, author.getId()));
        return verdicts.publishReviewed(draft.getId(), editor.getId());
    }

    /**
     * Corrects a claim's published verdict the way the desk will: the old one superseded, a new one
     * published with its reason, and the public pages told in the same transaction.
     */
    public void correct(long claimId, String rating, String summary, String reason) {
        var transaction = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        transaction.executeWithoutResult(status -> {
            long old = jdbc.sql("select id from verdict where claim_id = ? and status = 'PUBLISHED'")
                    .param(claimId)
                    .query(Long.class)
                    .single();
            jdbc.sql("update verdict set status = 'SUPERSEDED' where id = ?")
                    .param(old)
                    .update();
            jdbc.sql("""
                            insert into verdict (claim_id, rating_scale_id, rating_id, summary, rationale, status, author_id,
                                                 reviewer_id, published_at, supersedes_id, correction_reason)
                            select v.claim_id, v.rating_scale_id, r.id, ?, 'Corrected rationale.', 'PUBLISHED', v.author_id,
                                   v.reviewer_id, now(), v.id, ?
                            from verdict v join rating r on r.scale_id = v.rating_scale_id and r.code = ?
                            where v.id = ?""").params(summary, reason, rating, old).update();
            context.publishEvent(PublicContentChanged.ofClaim(claimId));
        });
    }

    /**
     * A news report attached to a published claim as context, through the evidence module, as the
     * publication of a reviewed update of the claim attaches it.
     */
    public void attachSource(long claimId, String title) {
        evidence.attachReviewed(
                claimId,
                new NewSource(
                        "https://example.org/" + TestData.unique("evidence").replace(' ', '-'),
                        title,
                        "Publisher",
                        LocalDate.of(2022, 8, 1),
                        SourceKind.NEWS_REPORT,
                        Stance.CONTEXT,
                        "Excerpt",
                        null,
                        null));
    }

    /** The version of everything readers see, as committed. */
    public long publicContentVersion() {
        return jdbc.sql("select version from public_content_version where id = 1")
                .query(Long.class)
                .single();
    }

    public void archive(long claimId) {
        var transaction = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update claim set status = 'ARCHIVED' where id = ?")
                    .param(claimId)
                    .update();
            context.publishEvent(PublicContentChanged.ofClaim(claimId));
        });
    }

    /** Retracts a published claim with this public reason, as an editor would on the desk. */
    public void retract(long claimId, String reason) {
        var editor = data.user(Role.REPORTER, Role.EDITOR);
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                editor.getEmail(),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_REPORTER"), new SimpleGrantedAuthority("ROLE_EDITOR"))));
        SecurityContextHolder.setContext(security);
        try {
            context.getBean(ClaimRetractions.class).retract(claimId, reason, editor.getId());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public String pathOf(String summary) {
        return jdbc.sql("select '/claims/' || id || '-' || slug from claim where summary = ? and status = 'PUBLISHED'")
                .param(summary)
                .query(String.class)
                .single();
    }

    public long draftId() {
        return jdbc.sql("select id from claim where status = 'DRAFT' and summary = ?")
                .param(DRAFT_SUMMARY)
                .query(Long.class)
                .single();
    }

    /** The demo claim left as a draft in the desk: Pushilin's letter. */
    public static final String DRAFT_SUMMARY = "Donbas is fighting for freedom as Korea did in 1945";

    public static final String DRAFT_WORDS = "Orang-orang di wilayah Donbas";

    /** The "report an error" page of a claim, from its public path. */
    public static String reportPath(String claimPath) {
        return claimPath.substring(0, claimPath.indexOf('-')) + "/report";
    }

    public static Document html(MvcTestResult result) {
        return Jsoup.parse(body(result));
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
