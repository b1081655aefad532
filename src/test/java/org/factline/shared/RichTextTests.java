package org.factline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.shared.RichText.Part;
import org.junit.jupiter.api.Test;

class RichTextTests {

    @Test
    void splitsParagraphsOnEmptyLines() {
        var paragraphs = RichText.paragraphs("First paragraph.\nSame paragraph.\n\n  \nSecond one.");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0)).containsExactly(new Part("First paragraph.\nSame paragraph.", null));
        assertThat(paragraphs.get(1)).containsExactly(new Part("Second one.", null));
    }

    @Test
    void findsBareAddressesAndLabelledLinksButKeepsSentencePunctuationOut() {
        var parts =
                RichText.parts("See [resolution 2397](https://undocs.org/S/RES/2397(2017)) and https://example.org/a.");
        assertThat(parts)
                .containsExactly(
                        new Part("See ", null),
                        new Part("resolution 2397", "https://undocs.org/S/RES/2397(2017)"),
                        new Part(" and ", null),
                        new Part("https://example.org/a", "https://example.org/a"),
                        new Part(".", null));
    }

    @Test
    void keepsParenthesesThatBelongToABareAddress() {
        assertThat(RichText.parts("(see https://undocs.org/S/RES/2397(2017))"))
                .extracting(Part::href)
                .contains("https://undocs.org/S/RES/2397(2017)");
    }

    @Test
    void neverMakesALinkOfAnythingButHttp() {
        var parts = RichText.parts("[click](javascript:alert(1)) <script>alert(1)</script>");
        assertThat(parts).extracting(Part::href).containsOnlyNulls();
        assertThat(parts)
                .extracting(Part::text)
                .containsExactly("[click](javascript:alert(1)) <script>alert(1)</script>");
    }

    @Test
    void anEmptyTextHasNoParagraphs() {
        assertThat(RichText.paragraphs("  ")).isEqualTo(List.of());
        assertThat(RichText.paragraphs(null)).isEqualTo(List.of());
    }
}
