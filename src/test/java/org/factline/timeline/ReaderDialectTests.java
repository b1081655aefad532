package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class ReaderDialectTests {

    private static final String SELECT = "<select><th:block fl:choices=\"${choices}\" fl:selected=\"${selected}\">"
            + "<option>example</option></th:block></select>";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    ReaderDialectTests() {
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.addDialect(new ReaderDialect());
    }

    @Test
    void writesOneEscapedOptionPerChoiceAndMarksTheSelectedOne() {
        var choices = List.of(
                new ClaimListings.Named("kim-jong-un", "Kim Jong <Un> & \"Co\""),
                new ClaimListings.Named("denis-pushilin", "Denis Pushilin"));

        assertThat(render(choices, "denis-pushilin", Locale.ENGLISH))
                .isEqualTo("<select><option value=\"kim-jong-un\">Kim Jong &lt;Un&gt; &amp; &quot;Co&quot;</option>"
                        + "<option value=\"denis-pushilin\" selected>Denis Pushilin</option></select>");
    }

    @Test
    void ratingsAreLabelledInTheReadersLanguageAndNothingIsSelectedWithoutAFilter() {
        var choices = List.of(
                new RatingView("false", "False", "Salah", "cross", 0, "Not accurate.", "Tidak akurat."),
                new RatingView("misleading", "Misleading", "Menyesatkan", "twist", 1, "Misleads.", "Menyesatkan."));

        assertThat(render(choices, null, Locale.forLanguageTag("id")))
                .isEqualTo("<select><option value=\"false\">Salah</option>"
                        + "<option value=\"misleading\">Menyesatkan</option></select>");
    }

    @Test
    void writesASnippetWithItsMatchesMarkedAndEverythingEscaped() {
        var snippet = List.of(
                new ClaimCard.Snippet("Dia menulis <b>", false),
                new ClaimCard.Snippet("sanksi", true),
                new ClaimCard.Snippet(" & \"PBB\"", false));
        var variables = new java.util.HashMap<String, Object>(Map.of("snippet", snippet));

        assertThat(engine.process(
                        "<p class=\"snippet\" fl:snippet=\"${snippet}\">example</p>",
                        new Context(Locale.ENGLISH, variables)))
                .isEqualTo("<p class=\"snippet\">Dia menulis &lt;b&gt;<mark>sanksi</mark> &amp; &quot;PBB&quot;</p>");
    }

    private String render(List<? extends FilterChoice> choices, String selected, Locale locale) {
        var variables = new java.util.HashMap<String, Object>(Map.of("choices", choices));
        variables.put("selected", selected);
        return engine.process(SELECT, new Context(locale, variables));
    }
}
