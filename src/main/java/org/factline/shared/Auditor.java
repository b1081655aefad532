package org.factline.shared;

/** The signed-in person behind a change, as the revision history records them. */
public interface Auditor {

    long userId();

    String displayName();
}
