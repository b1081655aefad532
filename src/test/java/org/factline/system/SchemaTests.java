package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The context starting at all means Hibernate validated its mapping against what Flyway built. */
@IntegrationTest
class SchemaTests {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationIsAppliedAndNonePending() {
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied())
                .hasSizeGreaterThanOrEqualTo(7)
                .allMatch(m -> m.getState().isApplied());
    }

    @Test
    void theDefaultScaleHasItsSevenRatingsInBothLanguages() {
        var labels = jdbc.sql("""
                        select r.label_en || '/' || r.label_id from rating r join rating_scale s on s.id = r.scale_id
                        where s.slug = 'default' order by r.position""").query(String.class).list();
        assertThat(labels)
                .containsExactly(
                        "True/Benar",
                        "Mostly true/Sebagian besar benar",
                        "Half true/Setengah benar",
                        "Mostly false/Sebagian besar salah",
                        "False/Salah",
                        "Misleading/Menyesatkan",
                        "Unproven/Belum terbukti");
    }
}
