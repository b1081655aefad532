package org.factline.evidence;

/** What a source does to a claim. */
public enum Stance {
    SUPPORTS,
    CONTRADICTS,
    CONTEXT
}
