package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Migration 48 on duplicates stored as the application stored them before it (the address as typed, the
 * old key keeping scheme, {@code www.} and {@code ?page=all}): seeded in a transaction, migrated on the same
 * connection, read back, and rolled back so that no other test sees them.
 */
@IntegrationTest
class ArticleAddressMigrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    ApplicationContext context;

    @Test
    void flywayRanItAsVersion48() {
        assertThat(flyway.info().applied()).anySatisfy(migration -> {
            assertThat(migration.getVersion().getVersion()).isEqualTo("48");
            assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS);
        });
    }

    @Test
    void mergesTheDuplicatesItFindsIntoTheFirstRecordedAndCleansEveryAddress() throws SQLException {
        var data = new TestData(context);
        var path = "/2022/08/17/" + UUID.randomUUID();
        var claim = data.matsegoraLabourClaim().getId();
        var otherClaim = data.matsegoraLabourClaim().getId();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long first = article(
                        connection,
                        "https://www.Kompas.com" + path + "?utm_source=twitter",
                        "https://www.kompas.com" + path,
                        null);
                long http = article(
                        connection, "http://kompas.com" + path + "/", "http://kompas.com" + path, "Teks artikel.");
                long paged = article(
                        connection,
                        "https://kompas.com" + path + "?page=all&fbclid=IwAR0",
                        "https://kompas.com" + path + "?page=all",
                        null);
                long other = article(
                        connection,
                        "https://kompas.com" + path + "-lain?id=7&utm_medium=social",
                        "https://kompas.com" + path + "-lain?id=7",
                        null);
                appearance(connection, claim, first, "kata yang sama");
                appearance(connection, claim, http, "kata yang sama");
                appearance(connection, claim, http, "kata yang lain");
                appearance(connection, otherClaim, paged, "kata ketiga");

                int merged = ArticleAddressMigration.normalise(connection);

                assertThat(merged).isGreaterThanOrEqualTo(2);
                assertThat(strings(
                                connection,
                                "select url || ' ' || normalized_url from article where id = any(?)",
                                first,
                                http,
                                paged,
                                other))
                        .containsExactlyInAnyOrder(
                                "https://www.kompas.com" + path + " https://kompas.com" + path,
                                "https://kompas.com" + path + "-lain?id=7 https://kompas.com" + path + "-lain?id=7");
                assertThat(strings(
                                connection,
                                "select a.claim_id || ' ' || a.quote from appearance a where a.article_id = ?",
                                first))
                        .containsExactlyInAnyOrder(
                                claim + " kata yang sama", claim + " kata yang lain", otherClaim + " kata ketiga");
                assertThat(strings(connection, "select coalesce(body, '-') from article where id = ?", first))
                        .containsExactly("Teks artikel.");
                assertThat(strings(connection, "select count(*)::text from rendered_page"))
                        .containsExactly("0");
            } finally {
                connection.rollback();
            }
        }
    }

    private static long article(Connection connection, String url, String oldKey, String body) throws SQLException {
        try (var insert = connection.prepareStatement("""
                insert into article (url, normalized_url, title, outlet, language, body, body_sha256)
                values (?, ?, 'Kadyrov siap', 'Kompas', 'id', ?, ?) returning id""")) {
            insert.setString(1, url);
            insert.setString(2, oldKey);
            insert.setString(3, body);
            insert.setString(4, body == null ? null : Article.sha256(body));
            try (var rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void appearance(Connection connection, long claim, long article, String quote) throws SQLException {
        try (var insert = connection.prepareStatement(
                "insert into appearance (claim_id, article_id, quote, quote_kind) values (?, ?, ?, 'PARAPHRASE')")) {
            insert.setLong(1, claim);
            insert.setLong(2, article);
            insert.setString(3, quote);
            insert.executeUpdate();
        }
    }

    private static List<String> strings(Connection connection, String sql, long... ids) throws SQLException {
        try (var query = connection.prepareStatement(sql)) {
            if (ids.length == 1) {
                query.setLong(1, ids[0]);
            } else if (ids.length > 1) {
                query.setArray(
                        1,
                        connection.createArrayOf(
                                "bigint", java.util.Arrays.stream(ids).boxed().toArray()));
            }
            var result = new ArrayList<String>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
            }
            return result;
        }
    }
}
