package org.factline.system;

/**
 * The embedded PostgreSQL cannot run: the message says why, the action what to do, both in words a
 * user can act on.
 */
class EmbeddedDatabaseException extends RuntimeException {

    private final String action;

    EmbeddedDatabaseException(String message, String action) {
        this(message, action, null);
    }

    EmbeddedDatabaseException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
