package org.factline.claim;

/** Whether an article quotes the speaker's words or reports them in its own. */
public enum QuoteKind {
    DIRECT,
    PARAPHRASE
}
