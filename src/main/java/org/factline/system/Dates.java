package org.factline.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.factline.shared.LocalizedPattern;
import org.springframework.stereotype.Component;

/** Date formatting for templates ({@code ${@dates.day(instant, #locale)}}), in the newsroom's time zone. */
@Component("dates")
public class Dates {

    private static final LocalizedPattern DAY = new LocalizedPattern("d MMMM yyyy");

    private static final LocalizedPattern DAY_TIME = new LocalizedPattern("d MMMM yyyy, HH:mm");

    private static final LocalizedPattern DAY_TIME_ZONE = new LocalizedPattern("d MMMM yyyy, HH:mm z");

    private final ZoneId zone;

    Dates(FactlineProperties properties) {
        this.zone = ZoneId.of(properties.timeZone());
    }

    public String day(Instant instant, Locale locale) {
        return instant == null ? "" : day(instant.atZone(zone).toLocalDate(), locale);
    }

    public String day(LocalDate date, Locale locale) {
        return date == null ? "" : DAY.in(locale).format(date);
    }

    public String dayTime(Instant instant, Locale locale) {
        return instant == null ? "" : DAY_TIME.in(locale).format(instant.atZone(zone));
    }

    /** The day and time with the zone's short name ("2 December 2026, 20:00 WIB"), for the desk's records. */
    public String dayTimeZone(Instant instant, Locale locale) {
        return instant == null ? "" : DAY_TIME_ZONE.in(locale).format(instant.atZone(zone));
    }

    public String iso(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
