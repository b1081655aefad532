package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.factline.FactlineApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnreachableTests {

    private static final String URL = "jdbc:postgresql://127.0.0.1:1/factline";

    @Test
    void aDatabaseThatDoesNotAnswerIsReportedInOneLineWithItsUrl() {
        var failure = catchThrowable(() -> new SpringApplicationBuilder(FactlineApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + URL, "--spring.datasource.username=factline"));
        assertThat(failure).isNotNull();

        var analyzer = new DatabaseUnreachableFailureAnalyzer(
                new MockEnvironment().withProperty("spring.datasource.url", URL));
        var analysis = analyzer.analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Cannot connect to the database at " + URL + ": it does not answer")
                .doesNotContain("\n");
        assertThat(analysis.getAction()).contains("FACTLINE_DB_URL");
    }
}
