package org.factline.desk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.factline.claim.DatePrecision;
import org.factline.claim.SaidDate;
import org.factline.shared.WorkflowException;
import org.springframework.validation.Errors;

/**
 * When a claim was said, typed in one field at the precision chosen beside it: {@code 2022} for a year,
 * {@code 2022-07} for a month, {@code 2022-07-18} for a day (what a browser's year, month and date inputs
 * post, so desk.js may switch the field's type without changing what the server reads). A date that says
 * more or less than its precision is refused rather than cut, and so is a date that does not exist.
 */
final class SaidOnText {

    static final String FIELD = "saidOn";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /**
     * @param date the first day of what was typed, {@code null} when nothing was (a date unknown)
     * @param error the message key of what is wrong with it, {@code null} when nothing is
     */
    record Parsed(LocalDate date, String error) {}

    private SaidOnText() {}

    static Parsed parse(String text, DatePrecision precision, LocalDate today) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, null);
        }
        var typed = text.strip();
        if (precision == null) {
            return new Parsed(null, null);
        }
        var shape = switch (precision) {
            case YEAR -> YEAR;
            case MONTH -> MONTH;
            case DAY -> DAY;
            case UNKNOWN -> null;
        };
        if (shape == null) {
            return new Parsed(null, "desk.error.saidOn.unknown");
        }
        var matcher = shape.matcher(typed);
        if (!matcher.matches()) {
            return new Parsed(null, "desk.error.saidOn." + precision.name().toLowerCase(java.util.Locale.ROOT));
        }
        LocalDate date;
        try {
            int year = Integer.parseInt(matcher.group(1));
            int month = precision == DatePrecision.YEAR ? 1 : Integer.parseInt(matcher.group(2));
            int day = precision == DatePrecision.DAY ? Integer.parseInt(matcher.group(3)) : 1;
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return new Parsed(null, "desk.error.saidOn.impossible");
        }
        if (date.isAfter(today)) {
            return new Parsed(null, "validation.notFuture");
        }
        return new Parsed(date, null);
    }

    /** Puts what is wrong with the typed date beside its field; nothing when it is right. */
    static void check(String text, DatePrecision precision, LocalDate today, Errors errors) {
        var parsed = parse(text, precision, today);
        if (parsed.error() != null && !errors.hasFieldErrors(FIELD)) {
            errors.rejectValue(FIELD, parsed.error());
        }
    }

    /** The date typed, checked already; refused on its field if it is not right (a merge may combine two). */
    static LocalDate date(String text, DatePrecision precision) {
        var parsed = parse(text, precision, LocalDate.MAX);
        if (parsed.error() != null) {
            throw WorkflowException.onField(FIELD, parsed.error());
        }
        return parsed.date();
    }

    /** A date said as the field shows it: at its precision, empty when unknown. */
    static String text(SaidDate said) {
        return said == null ? "" : said.iso();
    }
}
