package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChainsTests {

    @Test
    void readsAChainNearestFirstOnePerLineOrFromTheOriginWithArrows() {
        var typed =
                Chains.parse("TribunWow\nIzvestia | https://iz.ru/1370000\n").orElseThrow();
        var imported =
                Chains.parse("Izvestia | https://iz.ru/1370000 → TribunWow").orElseThrow();

        for (var chain : java.util.List.of(typed, imported)) {
            assertThat(chain).extracting(Attribution::getName).containsExactly("TribunWow", "Izvestia");
            assertThat(chain).extracting(Attribution::getUrl).containsExactly(null, "https://iz.ru/1370000");
        }
        assertThat(Chains.parse("KCNA ← Kim's message").orElseThrow())
                .extracting(Attribution::getName)
                .containsExactly("KCNA", "Kim's message");
    }

    @Test
    void refusesALinkWithoutANameABadAddressOrBothDirections() {
        assertThat(Chains.parse("| https://example.org")).isEmpty();
        assertThat(Chains.parse("KCNA | javascript:alert(1)")).isEmpty();
        assertThat(Chains.parse("x".repeat(Attribution.NAME_MAX + 1))).isEmpty();
        assertThat(Chains.parse("A → B ← C")).isEmpty();
        assertThat(Chains.parse("  ").orElseThrow()).isEmpty();
    }
}
