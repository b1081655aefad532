package org.factline.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.factline.shared.LanguageAddresses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The language a reader wants where the address does not say it: the one they chose with the language
 * switch (a cookie), else the first of their browser's {@code Accept-Language} list, by q-value, that
 * Factline writes in, else English.
 */
final class Languages {

    /** The cookie keeping the reader's choice: {@code en} or {@code id}. */
    static final String COOKIE = "factline-lang";

    private static final Duration KEPT = Duration.ofDays(365);

    /** Longer headers are not read: no browser sends one, and parsing costs. */
    private static final int LONGEST_HEADER = 1_000;

    private Languages() {}

    /** The reader's language for an address that names none. */
    static String preferred(HttpServletRequest request) {
        var chosen = chosen(request);
        return chosen != null ? chosen : negotiated(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The language the reader chose, or null when they chose none (or the cookie holds anything else). */
    static String chosen(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                var language = LanguageAddresses.supported(cookie.getValue());
                if (language != null) {
                    return language;
                }
            }
        }
        return null;
    }

    /**
     * The most wanted language of an {@code Accept-Language} header (RFC 9110 12.5.4) that Factline writes
     * in: ranges by q-value, a range matching a tag or its prefix ({@code id-ID} takes {@code id}), {@code *}
     * taking English, {@code q=0} refusing; English when none matches or the header is malformed.
     */
    static String negotiated(String header) {
        if (header == null || header.isBlank() || header.length() > LONGEST_HEADER) {
            return LanguageAddresses.DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return LanguageAddresses.DEFAULT;
        }
        for (var range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            if (range.getRange().equals("*")) {
                return LanguageAddresses.DEFAULT;
            }
            var tag = Locale.lookupTag(List.of(range), LanguageAddresses.LANGUAGES);
            if (tag != null) {
                return tag;
            }
        }
        return LanguageAddresses.DEFAULT;
    }

    /** Keeps the reader's choice for a year. */
    static void remember(String language, HttpServletRequest request, HttpServletResponse response) {
        var cookie = ResponseCookie.from(COOKIE, language)
                .path("/")
                .maxAge(KEPT)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
