package org.factline.timeline;

import org.factline.claim.SaidDate;
import org.factline.shared.Bilingual;

/**
 * One dated step in the story of a claim: when it was said, each report of it, each source's date,
 * each verdict, each correction and each update readers are told of.
 *
 * @param title what happened, in the words of its source (a headline, a source's title)
 * @param detail who (an outlet, a publisher) or why (a correction's reason); may be null
 * @param rating the verdict's rating for verdict and correction steps; null otherwise
 */
record TimelineEntry(SaidDate when, Kind kind, Bilingual title, String detail, RatingView rating) {

    /** A step whose title reads the same in every language (a name, a headline as published). */
    TimelineEntry(SaidDate when, Kind kind, String title, String detail, RatingView rating) {
        this(when, kind, new Bilingual(title, title), detail, rating);
    }

    enum Kind {
        SAID,
        APPEARED,
        SOURCE,
        VERDICT,
        CORRECTION,
        UPDATED
    }
}
