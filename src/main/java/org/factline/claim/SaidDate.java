package org.factline.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.factline.shared.LocalizedPattern;

/**
 * When a claim was made, at the precision we know it: a month-precise date is stored as the first
 * of that month and shown as "July 2022".
 */
@Embeddable
public class SaidDate {

    private static final LocalizedPattern DAY_PATTERN = new LocalizedPattern("d MMMM yyyy");

    private static final LocalizedPattern MONTH_PATTERN = new LocalizedPattern("MMMM yyyy");

    private static final LocalizedPattern YEAR_PATTERN = new LocalizedPattern("yyyy");

    @Column(name = "said_on")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    private DatePrecision precision;

    protected SaidDate() {}

    private SaidDate(LocalDate date, DatePrecision precision) {
        this.date = date;
        this.precision = precision;
    }

    public static SaidDate of(LocalDate date, DatePrecision precision) {
        if (precision == DatePrecision.UNKNOWN || date == null) {
            return unknown();
        }
        var truncated = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
            case UNKNOWN -> throw new IllegalStateException();
        };
        return new SaidDate(truncated, precision);
    }

    public static SaidDate unknown() {
        return new SaidDate(null, DatePrecision.UNKNOWN);
    }

    public LocalDate getDate() {
        return date;
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    public boolean isKnown() {
        return precision != DatePrecision.UNKNOWN;
    }

    /** The date as a reader would write it, e.g. "15 August 2022", "Juli 2022" or "2022"; empty when unknown. */
    public String format(Locale locale) {
        var pattern = switch (precision) {
            case DAY -> DAY_PATTERN;
            case MONTH -> MONTH_PATTERN;
            case YEAR -> YEAR_PATTERN;
            case UNKNOWN -> null;
        };
        return pattern == null ? "" : pattern.in(locale).format(date);
    }

    /** ISO 8601 at the known precision: 2022-08-15, 2022-07 or 2022. */
    public String iso() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
            case UNKNOWN -> "";
        };
    }

    /** Two dates said are the same when they name the same date at the same precision (the history compares them). */
    @Override
    public boolean equals(Object other) {
        return other instanceof SaidDate that && Objects.equals(date, that.date) && precision == that.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, precision);
    }
}
