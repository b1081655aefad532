package org.factline.account;

/** What an entry of the account audit log records. */
public enum AccountEventKind {
    SIGNED_IN,
    SIGN_IN_FAILED,
    /** A sign-in not tried at all: too many failures for the e-mail or from the address. */
    SIGN_IN_THROTTLED,
    ACCOUNT_CREATED,
    ACCOUNT_ENABLED,
    ACCOUNT_DISABLED,
    ROLES_CHANGED,
    PASSWORD_CHANGED,
    PASSWORD_RESET
}
