package org.factline.account;

/** What a signed-in person may do. Each role includes everything the one before it may. */
public enum Role {
    REPORTER,
    EDITOR,
    ADMIN
}
