package org.factline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseFaultsTests {

    @Test
    void noConnectionARefusedOneOrAServerShuttingDownAreTheDatabaseBeingAway() {
        assertThat(DatabaseFaults.unreachable(new CannotCreateTransactionException(
                        "no EntityManager", new SQLTransientConnectionException("timed out after 3000ms"))))
                .isTrue();
        assertThat(DatabaseFaults.unreachable(new RuntimeException(new ConnectException("Connection refused"))))
                .isTrue();
        assertThat(DatabaseFaults.unreachable(new TransactionSystemException(
                        "commit failed", new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(DatabaseFaults.unreachable(new SQLException("I/O error", "08006")))
                .isTrue();
        assertThat(DatabaseFaults.unreachable(new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
                .isTrue();
    }

    @Test
    void aRefusedChangeOrAnyOtherFailureIsNot() {
        assertThat(DatabaseFaults.unreachable(
                        new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseFaults.unreachable(new TransactionSystemException("rolled back")))
                .isFalse();
        assertThat(DatabaseFaults.unreachable(new IllegalStateException("bug"))).isFalse();
    }
}
