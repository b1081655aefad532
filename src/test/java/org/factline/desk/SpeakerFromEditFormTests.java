package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.speaker.SpeakerManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The claim edit form says "create the speaker below" when a name matches no one, and offers it there, as
 * the new-claim form does: the speaker is created with the role typed and the claim is theirs.
 */
@IntegrationTest
class SpeakerFromEditFormTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SpeakerManagement speakers;

    DeskTestSupport desk;
    FactlineUser reporter;
    Claim claim;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        reporter = desk.person(Role.REPORTER);
        claim = desk.data.matsegoraLabourClaim();
    }

    private Map<String, String> edit() {
        var form = new LinkedHashMap<String, String>();
        form.put("version", String.valueOf(desk.count("select version from claim where id = ?", claim.getId())));
        form.put("speakerName", claim.getSpeaker().getName());
        form.put("claimText", claim.getText());
        form.put("language", claim.getLanguage());
        form.put("translationLanguage", "en");
        form.put("summary", "North Korean workers for Donbas");
        form.put("saidOn", "2022-07");
        form.put("datePrecision", "MONTH");
        form.put("topics", "");
        return form;
    }

    private String uri() {
        return "/desk/claims/" + claim.getId() + "/edit";
    }

    @Test
    void theEditFormOffersToCreateTheSpeakerItMentions() {
        var page = DeskTestSupport.html(desk.get(reporter, uri()));
        assertThat(page.select("details.new-speaker summary").text()).isEqualTo("Not recorded yet? Create the speaker");
        assertThat(page.select("details.new-speaker input[name=newSpeakerKind]").eachAttr("value"))
                .containsExactly("", "PERSON", "ORGANISATION");
        assertThat(page.select("details.new-speaker input#newSpeakerRole")).hasSize(1);

        var name = TestData.unique("Oleg Nikolayev");
        var unknown = desk.postWith(reporter, uri(), edit(), "speakerName", name);
        assertThat(unknown).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(unknown, "speakerName"))
                .isEqualTo("No speaker has this name or alias. Check the spelling, or create the speaker below.");
        assertThat(DeskTestSupport.html(unknown).select("details.new-speaker[open]"))
                .hasSize(1);
        assertThat(speakers.findByNameOrAlias(name)).isEmpty();
    }

    @Test
    void aSpeakerCreatedFromTheEditFormHoldsTheClaimAndTheRoleTyped() {
        var name = TestData.unique("Denis Pushilin");
        var form = edit();
        form.put("newSpeakerKind", "PERSON");
        form.put("newSpeakerRole", "Head of the Donetsk People's Republic");
        var saved = desk.postWith(reporter, uri(), form, "speakerName", name);
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/desk/claims/" + claim.getId());

        var created = speakers.findByNameOrAlias(name);
        assertThat(created).hasSize(1);
        var speaker = speakers.findById(created.get(0).getId()).orElseThrow();
        assertThat(speaker.getKind().name()).isEqualTo("PERSON");
        assertThat(speaker.getRoles())
                .extracting(held -> held.getTitle())
                .containsExactly("Head of the Donetsk People's Republic");
        assertThat(desk.count("select speaker_id from claim where id = ?", claim.getId()))
                .isEqualTo(speaker.getId());
        var history = DeskTestSupport.html(desk.get(reporter, "/desk/claims/" + claim.getId() + "/history"));
        assertThat(history.select(".history .change").text()).contains(name);

        // a name already recorded is that speaker, not a second one
        var again = edit();
        again.put("newSpeakerKind", "PERSON");
        assertThat(desk.postWith(reporter, uri(), again, "speakerName", name)).hasStatus3xxRedirection();
        assertThat(speakers.findByNameOrAlias(name)).hasSize(1);
    }

    @Test
    void aRefusedEditCreatesNoSpeaker() {
        var name = TestData.unique("Ramzan Kadyrov");
        var form = edit();
        form.put("newSpeakerKind", "PERSON");
        form.put("topics", "x".repeat(130));
        var refused = desk.postWith(reporter, uri(), form, "speakerName", name);
        assertThat(refused).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(refused, "topics")).isNotBlank();
        assertThat(speakers.findByNameOrAlias(name)).isEmpty();
        assertThat(desk.count("select speaker_id from claim where id = ?", claim.getId()))
                .isEqualTo(claim.getSpeaker().getId());
    }
}
