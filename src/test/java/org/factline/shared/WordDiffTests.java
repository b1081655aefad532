package org.factline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.shared.WordDiff.Kind;
import org.factline.shared.WordDiff.Piece;
import org.junit.jupiter.api.Test;

class WordDiffTests {

    @Test
    void marksTheChangedNumberAndNotItsNeighbours() {
        var diff = WordDiff.between("Harga beras naik 3 persen.", "Harga beras naik 5 persen.");

        assertThat(diff.changed()).isTrue();
        assertThat(diff.paragraphs())
                .containsExactly(List.of(same("Harga beras naik "), removed("3"), added("5"), same(" persen.")));
    }

    @Test
    void keepsNumbersAndIndonesianWordsWhole() {
        assertThat(WordDiff.between(
                                "Defisit 3,5 persen atau Rp15.000 triliun.",
                                "Defisit 2,9 persen atau Rp15.000 triliun.")
                        .pieces())
                .containsExactly(
                        same("Defisit "), removed("3,5"), added("2,9"), same(" persen atau Rp15.000 triliun."));
        assertThat(WordDiff.between("Anak-anak sekolah diliburkan.", "Orang-orang kantor diliburkan.")
                        .pieces())
                .containsExactly(removed("Anak-anak sekolah"), added("Orang-orang kantor"), same(" diliburkan."));
    }

    @Test
    void endsAWordAtPunctuationAndJoinsNeighbouringChanges() {
        assertThat(WordDiff.between("Harga naik.", "Harga turun.").pieces())
                .containsExactly(same("Harga "), removed("naik"), added("turun"), same("."));
        assertThat(WordDiff.between("the cat sat", "a dog sat").pieces())
                .containsExactly(removed("the cat"), added("a dog"), same(" sat"));
    }

    @Test
    void keepsParagraphsAndShowsAnAddedOrRemovedOneOnItsOwn() {
        var edited = WordDiff.between(
                "Menurut BPS, inflasi 3 persen.\n\nSumber kedua.\n\nPenutup.",
                "Menurut BPS, inflasi 2 persen.\n\nSumber kedua.\n\nPenutup.");
        assertThat(edited.paragraphs())
                .containsExactly(
                        List.of(same("Menurut BPS, inflasi "), removed("3"), added("2"), same(" persen.")),
                        List.of(same("Sumber kedua.")),
                        List.of(same("Penutup.")));

        var added = WordDiff.between("Satu.\n\nTiga.", "Satu.\n\nDua.\n\nTiga.");
        assertThat(added.paragraphs())
                .containsExactly(List.of(same("Satu.")), List.of(added("Dua.")), List.of(same("Tiga.")));

        var removed = WordDiff.between("Satu.\r\n\r\nDua.\r\n\r\nTiga.", "Satu.\n\nTiga.");
        assertThat(removed.paragraphs())
                .containsExactly(List.of(same("Satu.")), List.of(removed("Dua.")), List.of(same("Tiga.")));
    }

    @Test
    void identicalTextOrTextDifferingInSpacingAloneIsUnchanged() {
        var identical =
                WordDiff.between("Tidak ada yang berubah.\n\nSama sekali.", "Tidak ada yang berubah.\n\nSama sekali.");
        assertThat(identical.changed()).isFalse();
        assertThat(identical.paragraphs())
                .containsExactly(List.of(same("Tidak ada yang berubah.")), List.of(same("Sama sekali.")));

        var spacing = WordDiff.between("Dua  spasi\r\ndan baris.", " Dua spasi dan baris. ");
        assertThat(spacing.changed()).isFalse();
        assertThat(spacing.pieces()).containsExactly(same("Dua spasi dan baris."));
    }

    @Test
    void anEmptyOrMissingVersionIsAllRemovedOrAllAdded() {
        assertThat(WordDiff.between(null, "Baru.").pieces()).containsExactly(added("Baru."));
        assertThat(WordDiff.between("Lama.", "").pieces()).containsExactly(removed("Lama."));
        assertThat(WordDiff.between("", null).paragraphs()).isEmpty();
        assertThat(WordDiff.between("", null).changed()).isFalse();
    }

    @Test
    void leavesTextAsTextForTheTemplateToEscape() {
        assertThat(WordDiff.between("a <b>", "a <i>").pieces())
                .containsExactly(same("a <"), removed("b"), added("i"), same(">"));
    }

    private static Piece same(String text) {
        return new Piece(Kind.SAME, text);
    }

    private static Piece removed(String text) {
        return new Piece(Kind.REMOVED, text);
    }

    private static Piece added(String text) {
        return new Piece(Kind.ADDED, text);
    }
}
