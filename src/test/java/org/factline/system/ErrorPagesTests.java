package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class ErrorPagesTests {

    private final ErrorPages pages =
            new ErrorPages(new org.springframework.context.support.StaticMessageSource(), event -> {});

    @Test
    void aClashWithAnotherChangeIsAConflictPage() {
        var view = pages.conflict(new DataIntegrityViolationException("duplicate key"));
        assertThat(view.getViewName()).isEqualTo("error/409");
        assertThat(view.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(pages.conflict(new ObjectOptimisticLockingFailureException("Claim", 1L))
                        .getStatus())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aValueTheDatabaseRefusesIsABadRequestNotAConflict() {
        for (var state : new String[] {"22001", "22P02", "23502", "23514"}) {
            var view = pages.conflict(new DataIntegrityViolationException(
                    "could not execute statement", new SQLException("value too long", state)));
            assertThat(view.getViewName()).as(state).isEqualTo("error/400");
            assertThat(view.getStatus()).as(state).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        // a duplicate key is what a colleague's save at the same moment causes
        assertThat(pages.conflict(new DataIntegrityViolationException(
                                "duplicate", new SQLException("duplicate key value", "23505")))
                        .getStatus())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aMalformedLinkIsABadRequestPage() {
        var view = pages.badRequest();
        assertThat(view.getViewName()).isEqualTo("error/400");
        assertThat(view.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsAServiceUnavailablePage() {
        var view = pages.databaseDown(
                new CannotGetJdbcConnectionException("refused"),
                new org.springframework.mock.web.MockHttpServletRequest("GET", "/speakers/x"),
                java.util.Locale.ENGLISH);
        assertThat(view.getViewName()).isEqualTo("error/503");
        assertThat(view.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }
}
