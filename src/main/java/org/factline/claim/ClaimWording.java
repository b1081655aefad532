package org.factline.claim;

import java.time.LocalDate;
import java.util.List;

/** What every request that words a claim carries, so that one set of rules checks them all. */
interface ClaimWording {

    String translation();

    String translationLanguage();

    /** The headline in English. */
    String summary();

    /** The headline in Bahasa Indonesia. */
    String summaryIndonesian();

    LocalDate saidOn();

    DatePrecision datePrecision();

    List<String> topics();
}
