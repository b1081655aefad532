package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import org.factline.IntegrationTest;
import org.factline.account.Role;
import org.factline.speaker.NewSpeaker;
import org.factline.speaker.SpeakerKind;
import org.factline.speaker.SpeakerManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A speaker's name that matches no one offers the speakers meant: partial, without accents, by alias. */
@IntegrationTest
class SpeakerLookupTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SpeakerManagement speakers;

    private org.jsoup.nodes.Document recordAs(DeskTestSupport desk, String speakerName) {
        var article = desk.data.tribunWow();
        var form = new LinkedHashMap<String, String>();
        form.put("quote", "membangun kembali infrastruktur");
        form.put("quoteKind", "DIRECT");
        form.put("chain", "KCNA");
        form.put("speakerName", "Vladimir Putin");
        form.put("language", "id");
        form.put("summary", "Short summary");
        form.put("saidOn", "2022-08-15");
        form.put("datePrecision", "DAY");
        var result = desk.postWith(
                desk.person(Role.REPORTER),
                "/desk/articles/" + article.getId() + "/claims",
                form,
                "speakerName",
                speakerName);
        assertThat(result).hasStatusOk();
        return DeskTestSupport.html(result);
    }

    @Test
    void aPartialNameIsRefusedWithTheSpeakerMeantOfferedAndTheFormKept() {
        var desk = new DeskTestSupport(mvc, context);
        var page = recordAs(desk, "Putin");
        assertThat(page.select(".did-you-mean").text()).contains("Did you mean:", "Vladimir Putin?");
        assertThat(page.select(".did-you-mean .speaker-choice").eachAttr("data-speaker"))
                .contains("Vladimir Putin");
        assertThat(page.select("#quote").text()).isEqualTo("membangun kembali infrastruktur");
        assertThat(page.select("details[open]")).isNotEmpty();
    }

    @Test
    void anAccentlessSpellingOrAnAliasFindsTheSpeaker() {
        var desk = new DeskTestSupport(mvc, context);
        speakers.create(new NewSpeaker(
                SpeakerKind.PERSON, "Sébastien Lecornü", null, null, null, List.of("Себастьен Лекорню"), List.of()));
        assertThat(recordAs(desk, "sebastien lecornu").select(".speaker-choice").eachAttr("data-speaker"))
                .containsExactly("Sébastien Lecornü");
        assertThat(recordAs(desk, "Лекорню").select(".speaker-choice").eachAttr("data-speaker"))
                .containsExactly("Sébastien Lecornü");
    }
}
