package org.factline.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** Last-Modified as RFC 9110 5.6.7 wants it (IMF-fixdate), including on the first nine days of a month. */
class HttpDateTests {

    @Test
    void aDayFromOneToNineIsWrittenWithTwoDigits() {
        // the bug: Java's RFC 1123 format wrote "Wed, 2 Dec 2026 08:05:09 GMT"
        var date = Instant.parse("2026-12-02T08:05:09Z");
        assertThat(PageCache.httpDate(date)).isEqualTo("Wed, 02 Dec 2026 08:05:09 GMT");
        assertThat(PageCache.httpDate(Instant.parse("2027-01-09T23:59:59.900Z")))
                .isEqualTo("Sat, 09 Jan 2027 23:59:59 GMT");
        assertThat(PageCache.httpDate(Instant.parse("2026-12-25T00:00:00Z")))
                .isEqualTo("Fri, 25 Dec 2026 00:00:00 GMT");
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameInstant() {
        var date = Instant.parse("2026-03-01T12:00:00Z");
        var written = PageCache.httpDate(date);
        assertThat(ZonedDateTime.parse(written, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant())
                .isEqualTo(date);
    }
}
