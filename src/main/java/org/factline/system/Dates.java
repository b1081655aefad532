package org.factline.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Date formatting for templates ({@code ${@dates.day(instant, #locale)}}), in the newsroom's time zone. */
@Component("dates")
public class Dates {

    private final ZoneId zone;

    Dates(FactlineProperties properties) {
        this.zone = ZoneId.of(properties.timeZone());
    }

    public String day(Instant instant, Locale locale) {
        return instant == null ? "" : day(instant.atZone(zone).toLocalDate(), locale);
    }

    public String day(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public String dayTime(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(instant.atZone(zone));
    }

    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
