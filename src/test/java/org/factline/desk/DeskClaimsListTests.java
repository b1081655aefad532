package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factline.IntegrationTest;
import org.factline.ReviewLoopFixtures;
import org.factline.TestData;
import org.factline.account.AccountManagement;
import org.factline.account.AppUser;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.speaker.Speaker;
import org.factline.timeline.PublicFixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The desk's list of claims over 232 claims of one speaker: paged past 200 (numbered and next/previous
 * pages, a page size), sorted, searched with the public search's meaning of {@code q} (drafts included),
 * narrowed by every filter, and assigned many at once with checkboxes, without script; every address it
 * cannot understand is our 400 page naming the parameter.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskClaimsListTests {

    private static final int DRAFTS = 230;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountManagement accounts;

    DeskTestSupport desk;
    FactlineUser editor;
    AppUser author;
    Speaker speaker;
    List<Claim> drafts;
    String word;
    String topic;

    @BeforeAll
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        var loop = new ReviewLoopFixtures(context);
        editor = desk.person(Role.REPORTER, Role.EDITOR);
        author = desk.data.user(Role.REPORTER);
        speaker = desk.data.matsegora();
        // a made-up word whose plural English stemming reads as the word ("…ars" → "…ar")
        word = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "") + "ar";
        topic = TestData.unique("List topic");
        drafts = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            // every tenth says the rare word, in a stemmable form ("…s"), and is on its own topic
            boolean rare = i % 10 == 0;
            drafts.add(loop.draft(
                    author,
                    speaker,
                    "Claim number " + i,
                    rare ? "The minister says " + word + "s grew." : "The minister said something else " + i + ".",
                    LocalDate.of(2020, 1, 1).plusDays(i),
                    rare ? topic : "Other list topic"));
        }
        var fixtures = new PublicFixtures(context);
        fixtures.published(speaker, "Published list topic", TestData.unique("Published one"), "Published words.", 1, 1);
        fixtures.published(speaker, "Published list topic", TestData.unique("Published two"), "Published words.", 1, 1);
    }

    @Test
    void pagesPastTwoHundredInTheChosenSizeAndOrder() {
        var base = "/desk?speaker=" + speaker.getSlug();
        var first = page(base);
        assertThat(first.select("#claims-heading .badge").text()).isEqualTo("232");
        assertThat(rows(first)).hasSize(50);
        assertThat(first.select(".list-position").text()).isEqualTo("Claims 1–50 of 232");
        assertThat(first.select("nav.pagination a[rel=next]").attr("href")).contains("page=1");
        assertThat(first.select("nav.pagination a").eachText()).contains("2", "5", "Next");

        var big = base + "&size=100&sort=said&dir=asc";
        var third = page(big + "&page=2");
        assertThat(rows(third)).hasSize(32);
        assertThat(third.select(".list-position").text()).isEqualTo("Claims 201–232 of 232");
        assertThat(third.select("nav.pagination a[rel=prev]").attr("href"))
                .contains("page=1")
                .contains("size=100")
                .contains("sort=said")
                .contains("dir=asc");
        assertThat(third.select("nav.pagination strong[aria-current=page]").text())
                .isEqualTo("3");

        // oldest said first, across the pages: the 201st is the 201st day
        assertThat(rows(page(big)).get(0)).isEqualTo(drafts.get(0).getId());
        assertThat(rows(third).get(0)).isEqualTo(drafts.get(200).getId());
        // and the other way round
        assertThat(rows(page(base + "&size=25&sort=said&dir=desc")).get(2))
                .isEqualTo(drafts.get(DRAFTS - 1).getId());
        // sorted by status: archived, draft, in review, published; the published ones last
        var byStatus = page(base + "&size=200&sort=status&dir=asc&page=1");
        assertThat(byStatus.select("tbody tr td[data-label=Status]").eachText()).endsWith("Published", "Published");
        // the column links sort the same filter
        assertThat(first.select("th a").eachAttr("href"))
                .anySatisfy(href -> assertThat(href)
                        .contains("speaker=" + speaker.getSlug())
                        .contains("sort=said"));
    }

    @Test
    void findsByWordsAsSearchDoesAndNarrowsByEveryFilter() {
        var base = "/desk?speaker=" + speaker.getSlug();
        // q: the word as search reads it ("…s" and its stem), in drafts that search's index does not hold
        assertThat(rows(page(base + "&q=" + word))).hasSize(23);
        assertThat(rows(page("/desk?q=" + word + "s"))).hasSize(23);
        assertThat(rows(page(base + "&q=" + word + "&status=draft&topic=" + slug(topic))))
                .hasSize(23);
        assertThat(rows(page(base + "&status=published"))).hasSize(2);
        assertThat(rows(page(base + "&rating=false&size=100"))).hasSize(2);
        assertThat(rows(page(base + "&status=draft&size=25"))).hasSize(25);
        assertThat(page(base + "&status=draft").select("#claims-heading .badge").text())
                .isEqualTo("230");
        assertThat(rows(page(base + "&from=2020-01-01&to=2020-01-10"))).hasSize(10);
        assertThat(rows(page("/desk?mine=true"))).isEmpty();
        assertThat(rows(page(base + "&assignee=none&size=25"))).hasSize(25);
    }

    @Test
    void assignsTheTickedClaimsAtOnceAndGoesBackToTheSamePage() {
        var assignee = desk.data.user(Role.REPORTER);
        var base = "/desk?speaker=" + speaker.getSlug() + "&sort=said&dir=asc";
        var list = page(base);
        var form = list.select("form.bulk-assign").first();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[type=checkbox][name=ids]")).hasSize(50);
        assertThat(form.select("select[name=assignee] option").eachAttr("value"))
                .contains(assignee.getId().toString());
        var back = form.select("input[name=back]").val();
        assertThat(back).contains("speaker=" + speaker.getSlug()).contains("sort=said");

        var chosen = List.of(drafts.get(0), drafts.get(1), drafts.get(2));
        var request = desk.post(
                editor, "/desk/claims/assign", "assignee", assignee.getId().toString(), "back", back);
        for (var claim : chosen) {
            request = request.param("ids", claim.getId().toString());
        }
        assertThat(request.exchange()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/desk" + back + "#claims-heading");
        for (var claim : chosen) {
            assertThat(desk.count("select assigned_to from claim where id = ?", claim.getId()))
                    .isEqualTo(assignee.getId());
        }
        assertThat(desk.count(
                        "select count(*) from notification where recipient_id = ? and kind = 'ASSIGNED'",
                        assignee.getId()))
                .isEqualTo(3);
        var filtered = page("/desk?speaker=" + speaker.getSlug() + "&assignee=" + assignee.getId());
        assertThat(rows(filtered))
                .containsExactlyInAnyOrder(chosen.stream().map(Claim::getId).toArray(Long[]::new));
        assertThat(filtered.select("td.assignee").eachText()).containsOnly(assignee.getDisplayName());

        // nothing ticked: said on the list, nothing changes
        var none = desk.post(
                        editor,
                        "/desk/claims/assign",
                        "assignee",
                        assignee.getId().toString(),
                        "back",
                        back)
                .exchange();
        assertThat(none).hasStatus(HttpStatus.FOUND);
        assertThat(none.getMvcResult().getFlashMap().get("error")).isEqualTo("desk.assign.error.noneChosen");
        // an unknown claim among them, or an assignee who cannot be given work: 400, nothing changes
        var unknownClaim = desk.post(
                        editor,
                        "/desk/claims/assign",
                        "assignee",
                        assignee.getId().toString(),
                        "ids",
                        drafts.get(5).getId().toString(),
                        "ids",
                        "999999999")
                .exchange();
        assertThat(unknownClaim).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(DeskTestSupport.html(unknownClaim).select(".filter-problem").text())
                .contains("There is no claim");
        assertThat(desk.count(
                        "select count(*) from claim where id = ? and assigned_to is null",
                        drafts.get(5).getId()))
                .isOne();
        var unknownAssignee = desk.post(
                        editor,
                        "/desk/claims/assign",
                        "assignee",
                        "424242424",
                        "ids",
                        drafts.get(6).getId().toString())
                .exchange();
        assertThat(unknownAssignee).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(DeskTestSupport.html(unknownAssignee)
                        .select(".filter-problem")
                        .text())
                .contains("assignee");
        var notANumber = desk.post(
                        editor,
                        "/desk/claims/assign",
                        "assignee",
                        assignee.getId().toString(),
                        "ids",
                        "x")
                .exchange();
        assertThat(notANumber).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anAddressTheListCannotUnderstandIsOur400PageNamingTheParameter() {
        var base = "/desk?speaker=" + speaker.getSlug();
        assertRefused(base + "&page=5", "There is no page \"5\"");
        assertRefused(base + "&page=-1", "page");
        assertRefused(base + "&page=two", "page");
        assertRefused(base + "&size=37", "25, 50, 100 or 200");
        assertRefused(base + "&sort=rank", "said, updated, speaker or status");
        assertRefused(base + "&dir=up", "asc or desc");
        assertRefused(base + "&assignee=42424242", "assignee");
        assertRefused(base + "&status=secret", "status");
        assertRefused(base + "&rating=very-false", "no rating");
    }

    private void assertRefused(String uri, String says) {
        var result = desk.get(editor, uri);
        assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(DeskTestSupport.html(result).select(".filter-problem").text())
                .as(uri)
                .contains(says);
    }

    private Document page(String uri) {
        var result = desk.get(editor, uri);
        assertThat(result).as(uri).hasStatusOk();
        return DeskTestSupport.html(result);
    }

    private static List<Long> rows(Document page) {
        return page.select("table.claim-list tbody tr").eachAttr("data-claim").stream()
                .map(Long::valueOf)
                .toList();
    }

    private String slug(String name) {
        return desk.jdbc
                .sql("select slug from topic where name = ?")
                .param(name)
                .query(String.class)
                .single();
    }
}
