package org.factline.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.TestData;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of every type readers reach, by its language-free path: what the address, heading, width and
 * validity tests walk through in both languages. The claim pages include the one whose rationale holds a
 * long address ({@link PublicFixtures#longAddressClaim}).
 */
final class PublicPageTypes {

    private PublicPageTypes() {}

    /** The pages by name, each answering 200 (a retracted claim 410, an unknown one 404). */
    static Map<String, String> all(ApplicationContext context) {
        var fixtures = new PublicFixtures(context);
        var jdbc = context.getBean(JdbcClient.class);
        var longClaim = fixtures.longAddressClaim();
        var claim = fixtures.pathOf("UN sanctions leave room for North Korea–Donbas economic cooperation");
        var topic = jdbc.sql("""
                        select t.slug from topic t join claim_topic ct on ct.topic_id = t.id
                        where ct.claim_id = ?""").param(longClaim.getId()).query(String.class).single();
        var pages = new LinkedHashMap<String, String>();
        pages.put("home", "/");
        pages.put("home, filtered", "/?rating=misleading&from=2022-01-01");
        pages.put("claim", claim);
        pages.put("claim with a long address", longClaim.path());
        pages.put("report form", PublicFixtures.reportPath(longClaim.path()));
        pages.put("speaker", "/speakers/alexander-matsegora");
        pages.put("topic (timeline)", "/topics/north-korea-russia-and-donbas");
        pages.put("topic with a long name", "/topics/" + topic);
        pages.put("search", "/search");
        pages.put("search results", "/search?q=" + PublicFixtures.LONG_WORD);
        pages.put("search without results", "/search?q=zzzqqqxxx");
        pages.put("methodology", "/methodology");
        pages.put("corrections", "/corrections");
        pages.put("not found", "/claims/987654321-no-such-claim");
        pages.put("retracted", retracted(fixtures, jdbc));
        return pages;
    }

    /** A retracted claim's notice (410), created once. */
    private static String retracted(PublicFixtures fixtures, JdbcClient jdbc) {
        var summary = "Retracted to check its notice on every page type";
        var existing = jdbc.sql("select id from claim where summary = ?")
                .param(summary)
                .query(Long.class)
                .optional();
        if (existing.isEmpty()) {
            var claim = fixtures.published(summary, "Sudah ditarik: " + TestData.unique("alasan"), 1, 1);
            fixtures.retract(claim.getId(), "Retracted to check its notice. See " + PublicFixtures.LONG_URL);
            existing = java.util.Optional.of(claim.getId());
        }
        return jdbc.sql("select '/claims/' || id || '-' || slug from claim where id = ?")
                .param(existing.get())
                .query(String.class)
                .single();
    }
}
