package org.factline.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class PublicContentVersionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Test
    void cachedPagesAreServedWhileEveryPooledConnectionIsBusy() throws Exception {
        var claim = new PublicFixtures(context).published(TestData.unique("Busy pool"), "Kalimat saat sibuk.", 1, 1);
        assertThat(mvc.get().uri(claim.path()).exchange()).hasStatusOk();

        var pool = dataSource.unwrap(HikariDataSource.class);
        var held = new ArrayList<Connection>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(dataSource.getConnection());
            }
            long started = System.nanoTime();
            var result = mvc.get().uri(claim.path()).exchange();
            var took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(result).hasStatusOk();
            // a page that needed a connection would have waited the pool's whole connection timeout for one
            assertThat(took).isLessThan(Duration.ofMillis(pool.getConnectionTimeout()));
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
    }
}
