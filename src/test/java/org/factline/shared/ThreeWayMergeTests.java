package org.factline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.shared.ThreeWayMerge.Outcome;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTests {

    static final Map<String, String> BASE =
            values("Old summary", "in an interview with Izvestia", "North Korean workers could be sent.");

    @Test
    void disjointChangesKeepTheirsAndTakeMine() {
        var theirs = values("A's summary", "in an interview with Izvestia", "North Korean workers could be sent.");
        var mine = values("Old summary", "at a press conference", "B's translation.");

        var merge = ThreeWayMerge.of(BASE, theirs, mine);

        assertThat(merge.hasConflicts()).isFalse();
        assertThat(merge.fields())
                .extracting(ThreeWayMerge.Field::outcome)
                .containsExactly(Outcome.THEIRS, Outcome.MINE, Outcome.MINE);
        assertThat(merge.merged())
                .containsExactly(
                        Map.entry("summary", "A's summary"),
                        Map.entry("saidWhere", "at a press conference"),
                        Map.entry("translation", "B's translation."));
    }

    @Test
    void bothChangingAFieldDifferentlyIsAConflictThatKeepsTheirsUntilChosen() {
        var theirs = values("A's summary", "in an interview with Izvestia", "North Korean workers could be sent.");
        var mine = values("B's summary", "in an interview with Izvestia", "North Korean workers could be sent.");

        var merge = ThreeWayMerge.of(BASE, theirs, mine);

        assertThat(merge.hasConflicts()).isTrue();
        assertThat(merge.with(Outcome.CONFLICT))
                .containsExactly(new ThreeWayMerge.Field(
                        "summary", "Old summary", "A's summary", "B's summary", Outcome.CONFLICT));
        assertThat(merge.merged()).containsEntry("summary", "A's summary");
        assertThat(merge.with(Outcome.UNCHANGED)).hasSize(2);
    }

    @Test
    void bothChangingAFieldAlikeIsSettled() {
        var same = values("New summary", "in an interview with Izvestia", "North Korean workers could be sent.");

        var merge = ThreeWayMerge.of(BASE, same, same);

        assertThat(merge.hasConflicts()).isFalse();
        assertThat(merge.with(Outcome.BOTH_ALIKE))
                .extracting(ThreeWayMerge.Field::name)
                .containsExactly("summary");
    }

    @Test
    void withoutAStartingPointEveryDifferenceIsAChoice() {
        var theirs = values("A's summary", "in an interview with Izvestia", "Translation");
        var mine = values("Old summary", "in an interview with Izvestia", "Translation");

        var merge = ThreeWayMerge.of(null, theirs, mine);

        assertThat(merge.with(Outcome.CONFLICT))
                .extracting(ThreeWayMerge.Field::name)
                .containsExactly("summary");
        assertThat(merge.with(Outcome.UNCHANGED)).hasSize(2);
        assertThat(merge.merged()).containsEntry("summary", "A's summary");
    }

    @Test
    void aMissingValueCountsAsEmpty() {
        var merge = ThreeWayMerge.of(Map.of(), Map.of("summary", ""), Map.of("summary", "Typed"));

        assertThat(merge.fields()).singleElement().satisfies(field -> {
            assertThat(field.base()).isEmpty();
            assertThat(field.outcome()).isEqualTo(Outcome.MINE);
        });
    }

    private static Map<String, String> values(String summary, String saidWhere, String translation) {
        var values = new LinkedHashMap<String, String>();
        values.put("summary", summary);
        values.put("saidWhere", saidWhere);
        values.put("translation", translation);
        return values;
    }
}
