package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.IntegrationTest;
import org.factline.StoredTextCleaning;
import org.factline.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V95 removes the control characters stored before they were refused, from the texts people fill and their
 * audit copies, and keeps tabs and line breaks, every other character and the rows without any.
 */
@IntegrationTest
class StoredTextCleaningTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMigrationStripsControlCharactersFromStoredTextAndAuditRows() {
        var data = new TestData(context);
        var speaker = data.matsegora();
        var article = data.tribunWow();
        var name = TestData.unique("Name");
        jdbc.sql("update speaker set name = ?, description = ? where id = ?")
                .params(name + "\u000b\u0001", "Line one\nline two\ttabbed\u0085 \u2028kept\u001b", speaker.getId())
                .update();
        jdbc.sql("update speaker_aud set name = ? where id = ?")
                .params("\u007f" + name, speaker.getId())
                .update();
        jdbc.sql("update article set authors = ?::text[], title = ? where id = ?")
                .params("{\"Noviana\u000bPrimaresti\",\"Atri\"}", "Tiru\uffff Manuver", article.getId())
                .update();
        var email = TestData.unique("someone").replace(' ', '-') + "@example.org";
        jdbc.sql("insert into account_event (kind, email, address) values ('SIGN_IN_FAILED', ?, '127.0.0.1')")
                .param("\u0008" + email)
                .update();

        StoredTextCleaning.run(context);

        assertThat(jdbc.sql("select name from speaker where id = ?")
                        .param(speaker.getId())
                        .query(String.class)
                        .single())
                .isEqualTo(name);
        assertThat(jdbc.sql("select description from speaker where id = ?")
                        .param(speaker.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("Line one\nline two\ttabbed \u2028kept");
        assertThat(jdbc.sql("select distinct name from speaker_aud where id = ?")
                        .param(speaker.getId())
                        .query(String.class)
                        .list())
                .containsExactly(name);
        assertThat(jdbc.sql("select array_to_string(authors, '|') || ' ' || title from article where id = ?")
                        .param(article.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("NovianaPrimaresti|Atri Tiru Manuver");
        assertThat(jdbc.sql("select count(*) from account_event where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from rendered_page")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
