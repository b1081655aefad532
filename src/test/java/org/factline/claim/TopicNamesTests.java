package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicNamesTests {

    @Test
    void aCommaIsPartOfATopicsName() {
        var names = List.of("North Korea, Russia and Donbas", "Sanctions");

        assertThat(TopicNames.parse(TopicNames.format(names))).isEqualTo(names);
        assertThat(TopicNames.parse("North Korea; Donbas ;\n Donbas\r\n\n")).containsExactly("North Korea", "Donbas");
    }

    @Test
    void aTopicsNameHasALimit() {
        assertThat(TopicNames.tooLong("t".repeat(Topic.NAME_MAX))).isFalse();
        assertThat(TopicNames.tooLong("t".repeat(Topic.NAME_MAX + 1))).isTrue();
    }
}
