package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.factline.IntegrationTest;
import org.factline.shared.LanguageAddresses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every kind of public page is valid HTML according to the Nu Html Checker, in both languages, each at its
 * own address ({@link PublicPageTypes}).
 */
@IntegrationTest
class HtmlValidityTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void everyPageTypeHasNoValidationErrors() throws Exception {
        // every page type (the claim and topic with an address and a word wider than a phone among them),
        // and a few more of the same types with other content
        var pages = new ArrayList<>(PublicPageTypes.all(context).values());
        pages.addAll(List.of("/speakers/denis-pushilin", "/search?q=sanksi", "/?page=2"));

        var problems = new ArrayList<String>();
        for (var language : List.of("en", "id")) {
            for (var page : pages) {
                problems.addAll(errors(
                        page + " [" + language + "]",
                        mvc.get().uri(LanguageAddresses.of(language, page)).exchange()));
            }
        }
        problems.addAll(errors(
                "/desk/reports",
                mvc.get()
                        .uri("/desk/reports")
                        .with(user("editor@factline.demo").roles("EDITOR"))
                        .exchange()));
        assertThat(problems).isEmpty();
    }

    private static List<String> errors(String page, MvcTestResult result) throws Exception {
        var html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).as(page).startsWith("<!DOCTYPE html>");
        var validator = new EmbeddedValidator();
        // GNU lines ("file":line.col-line.col: type: message); the JSON writer needs Jetty, which we leave out
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        var report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        var errors = new ArrayList<String>();
        for (var line : report.split("\\R")) {
            if (line.contains(": error:") || line.contains("non-document-error") || line.contains(": fatal")) {
                errors.add(page + " " + line);
            }
        }
        return errors;
    }
}
