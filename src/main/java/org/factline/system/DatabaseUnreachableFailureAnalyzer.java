package org.factline.system;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A configured database that does not answer, refuses the login or does not exist: one line that
 * names the URL, instead of a hundred lines of stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        var state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String problem;
        if (state.startsWith("08")) {
            problem = "does not answer";
        } else if (state.startsWith("28")) {
            problem = "refused the user name or password";
        } else if (state.equals("3D000")) {
            problem = "has no such database";
        } else {
            return null;
        }
        var url = environment.getProperty("spring.datasource.url", "(embedded)");
        return new FailureAnalysis(
                "Cannot connect to the database at " + url + ": it " + problem + " (" + cause.getMessage() + ").",
                "Check FACTLINE_DB_URL, FACTLINE_DB_USER and FACTLINE_DB_PASSWORD, or unset FACTLINE_DB_URL to use "
                        + "the embedded database.",
                cause);
    }
}
