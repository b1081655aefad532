package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.factline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ClaimListingsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ClaimListings listings;

    @Test
    void theBrowseOptionsAreReadEvenWhenThePublicContentVersionIsNot() {
        var unreadable = new PublicContentVersion(jdbc, dataSource) {
            @Override
            Version current() {
                throw new IllegalStateException("Could not read the public content version");
            }
        };
        try {
            var options = new ClaimListings(jdbc, unreadable).options();

            assertThat(options).isEqualTo(listings.options());
            assertThat(options.speakers()).extracting(ClaimListings.Named::name).contains("Alexander Matsegora");
        } finally {
            unreadable.destroy();
        }
    }
}
