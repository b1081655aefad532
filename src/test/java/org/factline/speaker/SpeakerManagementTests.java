package org.factline.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SpeakerManagementTests {

    @Autowired
    SpeakerManagement speakers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void keepsAliasesAndRolesOverTime() {
        var name = TestData.unique("Korea Utara");
        var speaker = speakers.create(new NewSpeaker(
                SpeakerKind.ORGANISATION,
                name,
                "Government of North Korea",
                "State",
                "Q423",
                List.of("Korut", "North Korea", "DPRK"),
                List.of(
                        new NewSpeaker.HeldRole("Old role", LocalDate.of(2000, 1, 1), LocalDate.of(2010, 12, 31)),
                        new NewSpeaker.HeldRole("New role", LocalDate.of(2011, 1, 1), null))));

        var found = speakers.findBySlug(speaker.getSlug()).orElseThrow();
        assertThat(found.getName()).isEqualTo(name);
        assertThat(found.getAliases()).containsExactlyInAnyOrder("Korut", "North Korea", "DPRK");
        assertThat(found.roleOn(LocalDate.of(2005, 6, 1))).isEqualTo("Old role");
        assertThat(found.roleOn(LocalDate.of(2022, 8, 15))).isEqualTo("New role");
        assertThat(found.roleOn(null)).isEqualTo("State");
    }

    @Test
    void twoSpeakersWithOneNameGetDifferentSlugs() {
        var name = TestData.unique("Kim");
        var first = speakers.create(person(name));
        var second = speakers.create(person(name));
        assertThat(second.getSlug()).isNotEqualTo(first.getSlug()).startsWith(first.getSlug());
    }

    @Test
    void aSpeakerWithClaimsCannotBeDeleted() {
        var claim = new TestData(context).matsegoraLabourClaim();
        long speakerId = claim.getSpeaker().getId();

        assertThatThrownBy(() -> speakers.delete(speakerId))
                .isInstanceOf(SpeakerInUseException.class)
                .hasMessageContaining("has claims");
        assertThat(speakers.findById(speakerId)).isPresent();
    }

    @Test
    void aSpeakerWithoutClaimsCanBeDeletedWithAliasesAndRoles() {
        var speaker = speakers.create(person(TestData.unique("Temporary")));
        speakers.delete(speaker.getId());
        assertThat(speakers.findById(speaker.getId())).isEmpty();
        assertThat(jdbc.sql("select count(*) from speaker_alias where speaker_id = ?")
                        .param(speaker.getId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theDatabaseRefusesMalformedSpeakers() {
        assertThatThrownBy(() -> jdbc.sql("insert into speaker (kind, name, slug) values ('ALIEN', 'X', 'x-alien')")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into speaker (kind, name, slug, wikidata_id) values ('PERSON', 'X', 'x-wd', 'not-a-qid')")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into speaker (kind, name, slug) values ('PERSON', '  ', 'x-blank')")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static NewSpeaker person(String name) {
        return new NewSpeaker(SpeakerKind.PERSON, name, null, null, null, List.of(), List.of());
    }
}
