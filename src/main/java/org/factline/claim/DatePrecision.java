package org.factline.claim;

/** How precisely we know when a claim was made. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR,
    UNKNOWN
}
