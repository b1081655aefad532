package org.factline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+62 812", "-1", "@SUM(A1)", "\tcmd", "\rcmd", "\ncmd"})
    void aCellStartingWithAFormulaCharacterGetsAnApostrophe(String value) {
        assertThat(CsvCells.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kim Jong Un", "1 + 1 = 2", "'quoted", "Мацегора", "", " =later"})
    void otherCellsAreLeftAlone(String value) {
        assertThat(CsvCells.text(value)).isEqualTo(value);
    }
}
