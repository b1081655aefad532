package org.factline.article;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 48: stores every article's address as {@link CanonicalUrl#clean} shows it and its key
 * as {@link CanonicalUrl#of} makes it, and merges the articles that turn out to share a key into the one
 * recorded first: their appearances move to it (one repeating an appearance it has already is dropped), it
 * takes the text, date, authors or editor it lacks, and they are deleted. In Java so that the stored
 * addresses follow the one rule the application uses; a Spring bean, which Boot hands to Flyway.
 */
@Component
class ArticleAddressMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(ArticleAddressMigration.class);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("48");
    }

    @Override
    public String getDescription() {
        return "article normalise addresses";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        normalise(context.getConnection());
    }

    private record Stored(long id, String key, String cleanUrl, boolean changed) {}

    /** Runs the migration on this connection, in its transaction; returns how many articles were merged. */
    static int normalise(Connection connection) throws SQLException {
        var byKey = new LinkedHashMap<String, List<Stored>>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select id, url, normalized_url from article order by id")) {
            while (rows.next()) {
                var url = rows.getString(2);
                var stored = rows.getString(3);
                boolean valid = CanonicalUrl.isValid(url);
                var key = valid ? CanonicalUrl.of(url) : stored;
                var clean = valid ? CanonicalUrl.clean(url) : url;
                byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Stored(rows.getLong(1), key, clean, !key.equals(stored) || !clean.equals(url)));
            }
        }
        int merged = 0;
        var changed = new ArrayList<Stored>();
        for (var group : byKey.values()) {
            var kept = group.get(0);
            for (var duplicate : group.subList(1, group.size())) {
                mergeInto(connection, kept.id(), duplicate.id());
                merged++;
            }
            if (kept.changed() || group.size() > 1) {
                changed.add(kept);
            }
        }
        // through a temporary key, so that no row takes a key another still holds
        try (var temporary = connection.prepareStatement(
                        "update article set normalized_url = 'https://migrating.invalid/' || id where id = ?");
                var finalKey =
                        connection.prepareStatement("update article set url = ?, normalized_url = ? where id = ?")) {
            for (var article : changed) {
                temporary.setLong(1, article.id());
                temporary.addBatch();
                finalKey.setString(1, article.cleanUrl());
                finalKey.setString(2, article.key());
                finalKey.setLong(3, article.id());
                finalKey.addBatch();
            }
            temporary.executeBatch();
            finalKey.executeBatch();
        }
        if (!changed.isEmpty()) {
            everyPublicPageChanged(connection);
            log.info("Normalised {} article addresses, merged {} duplicate articles", changed.size(), merged);
        }
        return merged;
    }

    private static void mergeInto(Connection connection, long kept, long duplicate) throws SQLException {
        update(connection, """
                delete from appearance d where d.article_id = ? and exists (
                    select from appearance k where k.article_id = ? and k.claim_id = d.claim_id and md5(k.quote) = md5(d.quote))""", duplicate, kept);
        update(connection, "update appearance set article_id = ? where article_id = ?", kept, duplicate);
        update(connection, """
                update article k set
                    body = coalesce(k.body, d.body),
                    body_sha256 = case when k.body is null then d.body_sha256 else k.body_sha256 end,
                    published_at = coalesce(k.published_at, d.published_at),
                    editor = coalesce(k.editor, d.editor),
                    authors = case when cardinality(k.authors) = 0 then d.authors else k.authors end
                from article d where k.id = ? and d.id = ?""", kept, duplicate);
        update(connection, "delete from article where id = ?", duplicate);
    }

    private static void everyPublicPageChanged(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("""
                    with bumped as (
                        update public_content_version set version = version + 1, changed_at = now() where id = 1
                        returning version)
                    insert into public_content_change (version, scope) select version, '*' from bumped""");
            statement.executeUpdate("delete from rendered_page");
        }
    }

    private static void update(Connection connection, String sql, long... ids) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                statement.setLong(i + 1, ids[i]);
            }
            statement.executeUpdate();
        }
    }
}
