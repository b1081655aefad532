package org.factline.claim;

/** Why a direct quote stands although its article's stored text does not hold it. */
public enum QuoteMismatch {
    /** An editor confirmed, with a note, that the stored text differs from what the article says. */
    CONFIRMED,
    /** The article's stored text changed after the quote was recorded, and no longer holds it. */
    ARTICLE_CHANGED,
    /** A CSV import recorded it against an article whose stored text does not hold it. */
    IMPORTED
}
