package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.verdict.Contrast;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Admins word the rating scale; colours must stay readable. */
@IntegrationTest
class RatingScaleAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    FactlineUser admin;
    long scaleId;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        admin = desk.person(Role.REPORTER, Role.EDITOR, Role.ADMIN);
        var slug = "scale-" + System.nanoTime();
        scaleId = desk.jdbc
                .sql(
                        "insert into rating_scale (slug, name_en, name_id, best_value, worst_value) values (?, 'Test scale', 'Skala uji', 1, 0) returning id")
                .param(slug)
                .query(Long.class)
                .single();
    }

    @Test
    void everySeededRatingColourIsReadableAgainstWhite() {
        var colours =
                desk.jdbc.sql("select colour from rating").query(String.class).list();
        assertThat(colours)
                .isNotEmpty()
                .allSatisfy(colour ->
                        assertThat(Contrast.againstWhite(colour)).as(colour).isGreaterThanOrEqualTo(Contrast.MINIMUM));
    }

    @Test
    void addsAndRewordsARatingAndRefusesAnUnreadableColour() throws Exception {
        var added = desk.post(
                        admin,
                        "/admin/scales/" + scaleId + "/ratings",
                        "code",
                        "pants-on-fire",
                        "value",
                        "0",
                        "labelEn",
                        "Pants on fire",
                        "labelId",
                        "Bohong besar",
                        "descriptionEn",
                        "Ridiculously false.",
                        "descriptionId",
                        "Sangat salah.",
                        "colour",
                        "#8B0000",
                        "icon",
                        "cross")
                .exchange();
        assertThat(added).hasStatus(HttpStatus.FOUND);
        long ratingId = desk.count("select id from rating where scale_id = ? and code = 'pants-on-fire'", scaleId);
        assertThat(desk.jdbc
                        .sql("select colour from rating where id = ?")
                        .param(ratingId)
                        .query(String.class)
                        .single())
                .isEqualTo("#8b0000");

        var duplicate = desk.post(
                        admin,
                        "/admin/scales/" + scaleId + "/ratings",
                        "code",
                        "pants-on-fire",
                        "value",
                        "0",
                        "labelEn",
                        "X",
                        "labelId",
                        "X",
                        "descriptionEn",
                        "X",
                        "descriptionId",
                        "X",
                        "colour",
                        "#8b0000",
                        "icon",
                        "cross")
                .exchange();
        assertThat(duplicate).hasStatusOk();
        assertThat(DeskTestSupport.html(duplicate)
                        .select("details[open] .field-error")
                        .text())
                .isEqualTo("This scale already has a rating with this code.");

        long version = desk.count("select version from rating where id = ?", ratingId);
        var yellow = desk.post(
                        admin,
                        "/admin/scales/ratings/" + ratingId,
                        "version",
                        String.valueOf(version),
                        "labelEn",
                        "Pants on fire",
                        "labelId",
                        "Bohong besar",
                        "descriptionEn",
                        "Ridiculously false.",
                        "descriptionId",
                        "Sangat salah.",
                        "colour",
                        "#ffff00",
                        "icon",
                        "cross")
                .exchange();
        assertThat(yellow).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(yellow, "colour"))
                .isEqualTo("This colour has a contrast of 1.1:1 with white; it needs at least 4.5:1 to stay readable.");
        assertThat(desk.jdbc
                        .sql("select colour from rating where id = ?")
                        .param(ratingId)
                        .query(String.class)
                        .single())
                .isEqualTo("#8b0000");

        var reworded = desk.post(
                        admin,
                        "/admin/scales/ratings/" + ratingId,
                        "version",
                        String.valueOf(version),
                        "labelEn",
                        "Utterly false",
                        "labelId",
                        "Sama sekali salah",
                        "descriptionEn",
                        "Ridiculously false.",
                        "descriptionId",
                        "Sangat salah.",
                        "colour",
                        "#7a0000",
                        "icon",
                        "cross")
                .exchange();
        assertThat(reworded).hasStatus(HttpStatus.FOUND);
        assertThat(desk.jdbc
                        .sql("select label_en || '/' || label_id from rating where id = ?")
                        .param(ratingId)
                        .query(String.class)
                        .single())
                .isEqualTo("Utterly false/Sama sekali salah");
        var page = desk.get(admin, "/admin/scales").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Utterly false");
    }

    @Test
    void anAdminPlacesARatingOnOrOffTheTrueToFalseScale() {
        var satire = desk.post(admin, "/admin/scales/" + scaleId + "/ratings", rating("satire", "0", "false"))
                .exchange();
        assertThat(satire).hasStatus(HttpStatus.FOUND);
        assertThat(onScale("satire")).isFalse();
        var accurate = desk.post(admin, "/admin/scales/" + scaleId + "/ratings", rating("accurate", "1", "true"))
                .exchange();
        assertThat(accurate).hasStatus(HttpStatus.FOUND);
        assertThat(onScale("accurate")).isTrue();

        // two ratings on the line may not share a place: the second is refused, beside its setting
        var tie = desk.post(admin, "/admin/scales/" + scaleId + "/ratings", rating("correct", "1", "true"))
                .exchange();
        assertThat(tie).hasStatusOk();
        assertThat(DeskTestSupport.html(tie)
                        .select("details[open] .field-error")
                        .text())
                .isEqualTo(
                        "Another rating on the true-to-false scale has this value. Give each its own value, or take this one off the scale.");
        assertThat(desk.count("select count(*) from rating where scale_id = ? and code = 'correct'", scaleId))
                .isZero();

        // the admin page shows and changes the setting
        var page = DeskTestSupport.html(desk.get(admin, "/admin/scales"));
        long satireId = desk.count("select id from rating where scale_id = ? and code = 'satire'", scaleId);
        assertThat(page.select("#r" + satireId + "-onScale option[selected]").attr("value"))
                .isEqualTo("false");
        assertThat(page.select("#r" + satireId + "-onScale option").eachText())
                .containsExactly(
                        "On the true-to-false scale: its numeric value places it",
                        "Off the scale (such as Unproven, Misleading, Satire): its label only, no number");
        var version = String.valueOf(desk.count("select version from rating where id = ?", satireId));
        var placed = desk.post(admin, "/admin/scales/ratings/" + satireId, edit(version, "true"))
                .exchange();
        assertThat(placed).hasStatus(HttpStatus.FOUND);
        assertThat(onScale("satire")).isTrue();

        // the default scale's ratings off the line, as the migration left them
        assertThat(desk.jdbc
                        .sql("select r.code from rating r join rating_scale s on s.id = r.scale_id "
                                + "where s.slug = 'default' and not r.on_scale order by r.code")
                        .query(String.class)
                        .list())
                .containsExactly("misleading", "unproven");
    }

    private boolean onScale(String code) {
        return desk.jdbc
                .sql("select on_scale from rating where scale_id = ? and code = ?")
                .params(scaleId, code)
                .query(Boolean.class)
                .single();
    }

    private static String[] rating(String code, String value, String onScale) {
        return new String[] {
            "code",
            code,
            "value",
            value,
            "labelEn",
            "Label " + code,
            "labelId",
            "Label " + code,
            "descriptionEn",
            "Description.",
            "descriptionId",
            "Deskripsi.",
            "colour",
            "#8b0000",
            "icon",
            "cross",
            "onScale",
            onScale
        };
    }

    private static String[] edit(String version, String onScale) {
        return new String[] {
            "version",
            version,
            "labelEn",
            "Satire",
            "labelId",
            "Satire",
            "descriptionEn",
            "Description.",
            "descriptionId",
            "Deskripsi.",
            "colour",
            "#8b0000",
            "icon",
            "twist",
            "onScale",
            onScale
        };
    }

    @Test
    void onlyAdminsManageScales() {
        var editor = desk.person(Role.REPORTER, Role.EDITOR);
        assertThat(desk.get(editor, "/admin/scales")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(desk.post(editor, "/admin/scales/" + scaleId + "/ratings", "code", "x")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
