package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.factline.IntegrationTest;
import org.factline.publishing.PublicContentVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ClaimListingsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClaimListings listings;

    @Test
    void theBrowseOptionsAreReadEvenWhenThePublicContentVersionIsNot() {
        var unreadable = mock(PublicContentVersion.class);
        when(unreadable.current()).thenThrow(new IllegalStateException("Could not read the public content version"));

        var options = new ClaimListings(jdbc, unreadable).options();

        assertThat(options).isEqualTo(listings.options());
        assertThat(options.speakers()).extracting(ClaimListings.Named::name).contains("Alexander Matsegora");
    }
}
