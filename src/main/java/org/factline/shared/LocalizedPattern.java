package org.factline.shared;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A date pattern with its formatter for each language, built once: {@link DateTimeFormatter#ofPattern} parses
 * the pattern every time, and a listing formats a date on every card. The site speaks two languages; a few
 * more locales are kept, any beyond that get a formatter of their own.
 */
public final class LocalizedPattern {

    private static final int KEPT_LOCALES = 8;

    private final String pattern;
    private final ConcurrentMap<Locale, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    public LocalizedPattern(String pattern) {
        this.pattern = pattern;
        DateTimeFormatter.ofPattern(pattern); // a mistyped pattern fails at once
    }

    public DateTimeFormatter in(Locale locale) {
        var formatter = formatters.get(locale);
        if (formatter == null) {
            formatter = DateTimeFormatter.ofPattern(pattern, locale);
            if (formatters.size() < KEPT_LOCALES) {
                formatters.putIfAbsent(locale, formatter);
            }
        }
        return formatter;
    }
}
