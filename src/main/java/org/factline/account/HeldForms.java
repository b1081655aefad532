package org.factline.account;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Desk forms posted after their session ended, kept until their author has signed in again and has them
 * back (table {@code held_form}). A form is held under the browser's key (kept in a cookie, stored here
 * as its SHA-256) and, once known, its owner: only its owner ever gets it back, once, within
 * {@link #KEPT}.
 */
@Component
class HeldForms {

    /** How long a held form waits for its author to sign in again: over a weekend and more. */
    static final Duration KEPT = Duration.ofDays(7);

    /** Fields of one form, URL-encoded, beyond which nothing is held (no editor types 256 KB in one go). */
    static final int MAX_FIELDS_LENGTH = 256 * 1024;

    /** Forms held for nobody yet (posted signed out), beyond which no more are taken. */
    static final int MAX_UNCLAIMED = 1000;

    /** A held form: the page to go back to. */
    record Held(UUID id, String page) {}

    private final JdbcClient jdbc;

    HeldForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the fields of a form posted from {@code page}, without its CSRF token and passwords; the owner
     * is null when nobody was signed in. Empty when there is nothing to hold or too much.
     */
    @Transactional
    Optional<Held> hold(String browserKey, String owner, String page, Map<String, String[]> parameters) {
        var fields = encode(parameters);
        if (fields.isEmpty() || fields.length() > MAX_FIELDS_LENGTH) {
            return Optional.empty();
        }
        jdbc.sql("delete from held_form where expires_at < now()").update();
        if (owner == null
                && jdbc.sql("select count(*) from held_form where owner is null")
                                .query(Long.class)
                                .single()
                        >= MAX_UNCLAIMED) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into held_form (id, browser_key, owner, page, fields, expires_at)
                        values (:id, :key, :owner, :page, :fields, now() + make_interval(secs => :kept))
                        """)
                .param("id", id)
                .param("key", sha256(browserKey))
                .param("owner", owner)
                .param("page", page)
                .param("fields", fields)
                .param("kept", KEPT.toSeconds())
                .update();
        return Optional.of(new Held(id, page));
    }

    /**
     * Gives the forms this browser posted while signed out to the person who has just signed in in it,
     * and returns the latest form held for them from this browser.
     */
    @Transactional
    Optional<Held> claim(String browserKey, String owner) {
        var key = sha256(browserKey);
        jdbc.sql(
                        "update held_form set owner = :owner where browser_key = :key and owner is null and expires_at > now()")
                .param("owner", owner)
                .param("key", key)
                .update();
        return jdbc.sql("""
                        select id, page from held_form
                        where browser_key = :key and owner = :owner and expires_at > now()
                        order by created_at desc limit 1
                        """)
                .param("key", key)
                .param("owner", owner)
                .query((rs, row) -> new Held(rs.getObject("id", UUID.class), rs.getString("page")))
                .optional();
    }

    /** The fields of a form held for {@code owner}, which is then no longer held; empty for anyone else. */
    @Transactional
    Optional<Map<String, List<String>>> take(UUID id, String owner) {
        return jdbc.sql(
                        "delete from held_form where id = :id and owner = :owner and expires_at > now() returning fields")
                .param("id", id)
                .param("owner", owner)
                .query(String.class)
                .optional()
                .map(HeldForms::decode);
    }

    /** Posted fields worth giving back: not the CSRF token, no password. */
    static boolean kept(String name) {
        return !name.equals("_csrf") && !name.toLowerCase(Locale.ROOT).contains("password");
    }

    private static String encode(Map<String, String[]> parameters) {
        var fields = new StringBuilder();
        parameters.forEach((name, values) -> {
            if (kept(name)) {
                for (var value : values) {
                    if (!fields.isEmpty()) {
                        fields.append('&');
                    }
                    fields.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                            .append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        });
        return fields.toString();
    }

    private static Map<String, List<String>> decode(String fields) {
        var decoded = new LinkedHashMap<String, List<String>>();
        for (var pair : fields.split("&")) {
            var equals = pair.indexOf('=');
            decoded.computeIfAbsent(
                            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            name -> new ArrayList<>())
                    .add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return decoded;
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
