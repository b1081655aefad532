package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClaimFilterTests {

    @Test
    void readsTheSharedParameters() {
        var filter = ClaimFilter.of(
                " sanksi PBB ", "alexander-matsegora", "north-korea", "misleading", "2022-07-01", "2022-08-31", "2");
        assertThat(filter.q()).isEqualTo("sanksi PBB");
        assertThat(filter.speaker()).isEqualTo("alexander-matsegora");
        assertThat(filter.from()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(filter.to()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(filter.page()).isEqualTo(2);
        assertThat(filter.invalid()).isFalse();
        assertThat(filter.toQueryString(3))
                .isEqualTo("?q=sanksi%20PBB&speaker=alexander-matsegora&topic=north-korea&rating=misleading"
                        + "&from=2022-07-01&to=2022-08-31&page=3");
    }

    @Test
    void dropsWhatItCannotUnderstandAndSaysSo() {
        var filter = ClaimFilter.of("\u0000\uE000", "<script>", "a b", "x'; drop", "yesterday", "2022-02-30", "-1");
        assertThat(filter.q()).isNull();
        assertThat(filter.speaker()).isNull();
        assertThat(filter.topic()).isNull();
        assertThat(filter.rating()).isNull();
        assertThat(filter.from()).isNull();
        assertThat(filter.to()).isNull();
        assertThat(filter.page()).isZero();
        assertThat(filter.invalid()).isTrue();
        assertThat(filter.narrowed()).isFalse();
    }

    @Test
    void cutsVeryLongQueries() {
        assertThat(ClaimFilter.of("a".repeat(5000), null, null, null, null, null, null)
                        .q())
                .hasSize(ClaimFilter.MAX_QUERY_LENGTH);
    }
}
