package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.factline.IntegrationTest;
import org.factline.account.Role;
import org.factline.speaker.NewSpeaker;
import org.factline.speaker.Speaker;
import org.factline.speaker.SpeakerKind;
import org.factline.speaker.SpeakerManagement;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Two records of one speaker merged: claims and aliases move, the old page redirects, readers see it. */
@IntegrationTest
class SpeakerMergeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SpeakerManagement speakers;

    /** A made-up word, so that search finds only this test's claim by it. */
    private static String word() {
        var letters = new StringBuilder("Zor");
        var random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    @Test
    void mergingMovesClaimsAndAliasesRedirectsTheOldPageAndReachesReadersAndTheHistory() {
        var desk = new DeskTestSupport(mvc, context);
        var editor = desk.person(Role.REPORTER, Role.EDITOR);
        var surname = word();
        var kept = speakers.create(new NewSpeaker(
                SpeakerKind.PERSON, "Ramzan " + surname, null, null, null, List.of("Рамзан " + surname), List.of()));
        var gone = speakers.create(new NewSpeaker(
                SpeakerKind.PERSON,
                "R. A. " + surname,
                null,
                null,
                "Q187184",
                List.of("Кадыров " + surname),
                List.of()));
        var fixtures = new PublicFixtures(context);
        var claim = fixtures.published(
                gone, "Topic " + surname, "Chechen units " + surname, "Chechen units were sent " + surname, 1, 1);
        var gonePage = "/speakers/" + gone.getSlug();
        var keptPage = "/speakers/" + kept.getSlug();
        assertThat(mvc.get().uri(gonePage).exchange()).hasStatusOk();
        assertThat(DeskTestSupport.html(mvc.get().uri(keptPage).exchange()).text())
                .doesNotContain("Chechen units " + surname);

        // asked once more first, nothing merged yet
        var asked = desk.post(editor, "/desk/speakers/" + gone.getId() + "/merge", "into", "Рамзан " + surname)
                .exchange();
        assertThat(asked).hasStatusOk();
        var confirmation = DeskTestSupport.html(asked);
        assertThat(confirmation.select(".subject").text()).isEqualTo("R. A. " + surname + " → Ramzan " + surname);
        assertThat(desk.count("select speaker_id from claim where id = ?", claim.getId()))
                .isEqualTo(gone.getId());
        var action = confirmation.select("form.actions").attr("action");

        var merged = desk.post(editor, action, "confirm", "yes").exchange();
        assertThat(merged).hasStatus3xxRedirection().hasRedirectedUrl("/desk/speakers/" + kept.getId());

        assertThat(desk.count("select speaker_id from claim where id = ?", claim.getId()))
                .isEqualTo(kept.getId());
        var keptNow = speakers.findById(kept.getId()).orElseThrow();
        assertThat(keptNow.getAliases())
                .containsExactlyInAnyOrder("Рамзан " + surname, "R. A. " + surname, "Кадыров " + surname);
        assertThat(keptNow.getWikidataId()).isEqualTo("Q187184");
        assertThat(speakers.findByNameOrAlias("R. A. " + surname))
                .extracting(Speaker::getId)
                .containsExactly(kept.getId());

        var redirect = mvc.get().uri(gonePage).exchange();
        assertThat(redirect).hasStatus(301);
        assertThat(redirect.getResponse().getHeader("Location")).isEqualTo(keptPage);

        var keptHtml = DeskTestSupport.html(mvc.get().uri(keptPage).exchange());
        assertThat(keptHtml.text()).contains("Chechen units " + surname, "R. A. " + surname);
        var claimPath = desk.jdbc
                .sql("select '/claims/' || id || '-' || slug from claim where id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
        assertThat(DeskTestSupport.html(mvc.get().uri(claimPath).exchange()).text())
                .contains("Ramzan " + surname);
        // the old name is now an alias of the kept speaker, in the claim's search document
        var search = DeskTestSupport.html(
                mvc.get().uri("/search?q=Кадыров " + surname).exchange());
        assertThat(search.text()).contains("Chechen units " + surname);

        var history = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId() + "/history"));
        assertThat(history.select(".history .change").text()).contains("R. A. " + surname, "Ramzan " + surname);
        var keptDesk = DeskTestSupport.html(desk.get(editor, "/desk/speakers/" + kept.getId()));
        assertThat(keptDesk.select(".history .change").text()).contains("R. A. " + surname);
        var goneDesk = DeskTestSupport.html(desk.get(editor, "/desk/speakers/" + gone.getId()));
        assertThat(goneDesk.select(".flash.warning a").attr("href")).isEqualTo("/desk/speakers/" + kept.getId());
        assertThat(DeskTestSupport.html(desk.get(editor, "/desk/speakers"))
                        .select(".speaker-list a")
                        .eachText())
                .contains("Ramzan " + surname)
                .doesNotContain("R. A. " + surname);
    }

    @Test
    void aReporterCannotMergeAndASpeakerIsNotMergedIntoThemselves() {
        var desk = new DeskTestSupport(mvc, context);
        var reporter = desk.person(Role.REPORTER);
        var editor = desk.person(Role.REPORTER, Role.EDITOR);
        var name = "Solo " + word();
        var speaker = speakers.create(new NewSpeaker(SpeakerKind.PERSON, name, null, null, null, List.of(), List.of()));
        assertThat(desk.post(reporter, "/desk/speakers/" + speaker.getId() + "/merge", "into", name)
                        .exchange())
                .hasStatus(403);
        var self = DeskTestSupport.html(desk.post(editor, "/desk/speakers/" + speaker.getId() + "/merge", "into", name)
                .exchange());
        assertThat(self.select("#into-error").text()).isEqualTo("A speaker cannot be merged into themselves.");
        assertThat(speakers.findById(speaker.getId()).orElseThrow().isMerged()).isFalse();
    }
}
