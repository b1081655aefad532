package org.factline.system;

/** The embedded PostgreSQL could not be started; the message says why in words a user can act on. */
class EmbeddedDatabaseException extends RuntimeException {

    EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
