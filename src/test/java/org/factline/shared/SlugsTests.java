package org.factline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void makesReadableAsciiSlugs() {
        assertThat(Slugs.of("UN sanctions leave room for North Korea–Donbas cooperation"))
                .isEqualTo("un-sanctions-leave-room-for-north-korea-donbas-cooperation");
    }

    @Test
    void transliteratesCyrillicAndDropsAccents() {
        assertThat(Slugs.of("Александр Мацегора")).isEqualTo("aleksandr-matsegora");
        assertThat(Slugs.of("Café Ñandú")).isEqualTo("cafe-nandu");
    }

    @Test
    void fallsBackWhenNothingIsLeft() {
        assertThat(Slugs.of("김정은")).isEqualTo("item");
        assertThat(Slugs.of(null)).isEqualTo("item");
    }

    @Test
    void cutsLongTextAtAWordBoundary() {
        var slug = Slugs.of("word ".repeat(40));
        assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-").endsWith("word");
    }
}
