package org.factline.timeline;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When readers were last told of an update of each claim (its newest published update with a public
 * note), for the feeds' {@code updated}: a minor fix is not a change the feed announces (RFC 4287 has
 * {@code updated} move for significant changes only), though it moves the ClaimReview's
 * {@code dateModified}.
 */
@Component
class PublishedUpdates {

    private final JdbcClient jdbc;

    PublishedUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The time of each claim's last noted update; claims without one are left out. */
    Map<Long, Instant> lastNoted(Collection<Long> claimIds) {
        var last = new HashMap<Long, Instant>();
        if (claimIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                        select claim_id, max(published_at) as updated from claim_update
                        where claim_id = any(?) and status = 'PUBLISHED' and not minor
                        group by claim_id""")
                .param(claimIds.toArray(Long[]::new))
                .query((rs, n) -> last.put(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list();
        return last;
    }

    /** The later of a verdict's publication and the claim's last noted update. */
    static Instant latest(Instant verdictPublished, Instant updated) {
        return updated != null && updated.isAfter(verdictPublished) ? updated : verdictPublished;
    }
}
