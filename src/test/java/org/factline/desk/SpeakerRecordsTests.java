package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.factline.IntegrationTest;
import org.factline.account.Role;
import org.factline.speaker.NewSpeaker;
import org.factline.speaker.Speaker;
import org.factline.speaker.SpeakerKind;
import org.factline.speaker.SpeakerManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The speakers' records on the desk: their page, the edit form, its refusals and the history. */
@IntegrationTest
class SpeakerRecordsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SpeakerManagement speakers;

    private Speaker speaker(String name) {
        return speakers.create(new NewSpeaker(SpeakerKind.PERSON, name, null, null, null, List.of(), List.of()));
    }

    private Map<String, String> valid(Speaker speaker, String name) {
        var form = new java.util.LinkedHashMap<String, String>();
        var pairs = new String[] {
            "version", String.valueOf(speaker.getVersion()),
            "kind", "PERSON",
            "name", name,
            "aliases", "Сергей Шойгу\n세르게이 쇼이구\nSergei Shoigu",
            "description", "Russian politician.",
            "role", "Secretary of the Security Council",
            "wikidataId", "q193616",
            "roles[0].title", "Minister of Defence",
            "roles[0].organisation", "Government of Russia",
            "roles[0].startedOn", "2012-11-06",
            "roles[0].endedOn", "2024-05-12"
        };
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void anEditorGivesASpeakerAliasesInAnyScriptRolesOverTimeAndAWikidataId() {
        var desk = new DeskTestSupport(mvc, context);
        var reporter = desk.person(Role.REPORTER);
        var shoigu = speaker("Sergey Shoygu");

        var list = DeskTestSupport.html(desk.get(reporter, "/desk/speakers?q=shoygu"));
        assertThat(list.select(".speaker-list a").attr("href")).isEqualTo("/desk/speakers/" + shoigu.getId());
        assertThat(DeskTestSupport.html(desk.get(reporter, "/desk")).select(".desk-nav a[href=/desk/speakers]"))
                .hasSize(1);
        var form = DeskTestSupport.html(desk.get(reporter, "/desk/speakers/" + shoigu.getId() + "/edit"));
        assertThat(form.select("input[name=name]").val()).isEqualTo("Sergey Shoygu");

        var saved = desk.postWith(
                reporter,
                "/desk/speakers/" + shoigu.getId() + "/edit",
                valid(shoigu, "Sergey Shoygu"),
                "name",
                "Sergei Shoigu");
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/desk/speakers/" + shoigu.getId());

        var edited = speakers.findById(shoigu.getId()).orElseThrow();
        assertThat(edited.getName()).isEqualTo("Sergei Shoigu");
        // the name itself is not an alias of itself
        assertThat(edited.getAliases()).containsExactlyInAnyOrder("Сергей Шойгу", "세르게이 쇼이구");
        assertThat(edited.getWikidataId()).isEqualTo("Q193616");
        assertThat(edited.getRoles()).singleElement().satisfies(held -> {
            assertThat(held.getTitle()).isEqualTo("Minister of Defence");
            assertThat(held.getOrganisation()).isEqualTo("Government of Russia");
        });
        assertThat(speakers.findByNameOrAlias("세르게이 쇼이구"))
                .extracting(Speaker::getId)
                .containsExactly(shoigu.getId());

        var page = DeskTestSupport.html(desk.get(reporter, "/desk/speakers/" + shoigu.getId()));
        assertThat(page.select(".aliases li").eachText()).contains("Сергей Шойгу", "세르게이 쇼이구");
        assertThat(page.select(".roles li").text()).contains("Minister of Defence, Government of Russia");
        assertThat(page.select("a.wikidata").attr("href")).isEqualTo("https://www.wikidata.org/wiki/Q193616");
        assertThat(page.select(".history .change").text()).contains("Sergey Shoygu", "Sergei Shoigu");
    }

    @Test
    void theRoleTypedWhenCreatingASpeakerFromTheClaimFormIsOneOfTheirRoles() {
        var desk = new DeskTestSupport(mvc, context);
        var reporter = desk.person(Role.REPORTER);
        var name = org.factline.TestData.unique("Maria Zakharova");
        var recorded = desk.post(
                        reporter,
                        "/desk/articles/" + desk.data.tribunWow().getId() + "/claims",
                        "quote",
                        "membangun kembali infrastruktur",
                        "quoteKind",
                        "DIRECT",
                        "chain",
                        "KCNA",
                        "speakerName",
                        name,
                        "newSpeakerKind",
                        "PERSON",
                        "newSpeakerRole",
                        "Spokesperson of the Russian Foreign Ministry",
                        "language",
                        "id",
                        "saidOn",
                        "2022-08-15",
                        "datePrecision",
                        "DAY")
                .exchange();
        assertThat(recorded).hasStatus3xxRedirection();
        var created = speakers.findById(speakers.findByNameOrAlias(name).get(0).getId())
                .orElseThrow();
        assertThat(created.getRoles())
                .extracting(held -> held.getTitle())
                .containsExactly("Spokesperson of the Russian Foreign Ministry");
        var page = DeskTestSupport.html(desk.get(reporter, "/desk/speakers/" + created.getId()));
        assertThat(page.select(".roles li").text()).isEqualTo("Spokesperson of the Russian Foreign Ministry");
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndChangesNothing() {
        var desk = new DeskTestSupport(mvc, context);
        var reporter = desk.person(Role.REPORTER);
        var speaker = speaker("Valery Gerasimov");
        speakers.edit(
                speaker.getId(),
                speaker.getVersion(),
                new org.factline.speaker.SpeakerEdit(
                        SpeakerKind.PERSON, "Valery Gerasimov", List.of(), null, null, "Q318470", List.of()));
        var other = speaker("Someone Else Entirely");
        var uri = "/desk/speakers/" + other.getId() + "/edit";
        var form = valid(other, "Someone Else Entirely");

        assertRefused(
                desk,
                reporter,
                uri,
                form,
                "wikidataId",
                "7747",
                "wikidataId",
                "A Wikidata id is a Q followed by digits, like Q7747.");
        assertRefused(
                desk,
                reporter,
                uri,
                form,
                "wikidataId",
                "Q318470",
                "wikidataId",
                "Another speaker has this Wikidata id.");
        assertRefused(desk, reporter, uri, form, "name", " ", "name", "Please fill this in.");
        assertRefused(
                desk,
                reporter,
                uri,
                form,
                "roles[0].endedOn",
                "2010-01-01",
                "roles[0].endedOn",
                "A role cannot end before it starts.");
        assertRefused(
                desk,
                reporter,
                uri,
                form,
                "roles[0].startedOn",
                "not a date",
                "roles[0].startedOn",
                "This is not a date (year-month-day).");

        var unchanged = speakers.findById(other.getId()).orElseThrow();
        assertThat(unchanged.getName()).isEqualTo("Someone Else Entirely");
        assertThat(unchanged.getAliases()).isEmpty();
        assertThat(unchanged.getRoles()).isEmpty();
        assertThat(unchanged.getWikidataId()).isNull();
        assertThat(unchanged.getVersion()).isEqualTo(other.getVersion());
    }

    private static void assertRefused(
            DeskTestSupport desk,
            org.factline.account.FactlineUser who,
            String uri,
            Map<String, String> form,
            String field,
            String value,
            String errorField,
            String message) {
        var result = desk.postWith(who, uri, form, field, value);
        assertThat(result).hasStatusOk();
        var page = DeskTestSupport.html(result);
        var error = page.getElementById(errorField + "-error");
        assertThat(error).as(field + "=" + value).isNotNull();
        if (message != null) {
            assertThat(error.text()).isEqualTo(message);
        }
        assertThat(page.select("textarea[name=aliases]").text()).contains("Сергей Шойгу");
    }
}
