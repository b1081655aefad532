package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Browse, the CSV export and the desk read their filters with one parser: a value one of them refuses, all
 * refuse (browse leaves it out with a note, the export and the desk answer 400 naming it), and a value one
 * of them understands, all understand. On the desk, {@code q} reads a draft's words as search reads a
 * published claim's.
 */
@IntegrationTest
class OneFilterTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    FactlineUser editor;

    @BeforeEach
    void signIn() {
        desk = new DeskTestSupport(mvc, context);
        editor = desk.person(Role.REPORTER, Role.EDITOR);
    }

    @Test
    void aValueOnePageRefusesIsRefusedOnEvery() {
        var refused = List.of(
                "topic=not a slug!",
                "speaker=%3Cscript%3E",
                "rating=no-such-rating-at-all",
                "from=2022-02-30",
                "from=+10000-01-01",
                "from=2022-08-31&to=2022-07-01");
        for (var query : refused) {
            var browse = mvc.get().uri("/?" + query).exchange();
            assertThat(browse.getResponse().getStatus()).as("browse " + query).isEqualTo(200);
            assertThat(DeskTestSupport.html(browse)
                            .select("p.note[role=status]")
                            .text())
                    .as("browse " + query)
                    .isEqualTo("Some of the filters could not be understood and were left out.");

            var export = mvc.get().uri("/export/claims.csv?" + query).exchange();
            assertThat(export.getResponse().getStatus()).as("export " + query).isEqualTo(400);
            var exportProblem =
                    DeskTestSupport.html(export).select(".filter-problem").text();
            assertThat(exportProblem).as("export " + query).isNotBlank();

            var deskPage = desk.get(editor, "/desk?" + query);
            assertThat(deskPage.getResponse().getStatus()).as("desk " + query).isEqualTo(400);
            var page = DeskTestSupport.html(deskPage);
            assertThat(page.select("h1").text()).as("desk " + query).isEqualTo("This address is not quite right");
            assertThat(page.select(".filter-problem").text())
                    .as("desk " + query)
                    .isEqualTo(exportProblem);
        }
    }

    @Test
    void aValueOnePageUnderstandsIsUnderstoodOnEvery() {
        var query = "speaker=Alexander-Matsegora&rating=Misleading&from=2022-01-01&to=2022-12-31";
        var browse = mvc.get().uri("/?" + query).exchange();
        assertThat(browse.getResponse().getStatus()).isEqualTo(200);
        assertThat(DeskTestSupport.html(browse).select("p.note[role=status]")).isEmpty();
        assertThat(mvc.get()
                        .uri("/export/claims.csv?" + query)
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(desk.get(editor, "/desk?" + query).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theDeskFindsADraftByItsWordsAsSearchWouldFindItPublished() throws Exception {
        var draft = desk.data.matsegoraLabourClaim();
        // a draft has no search document: its words are read as the index would hold them
        assertThat(desk.count("select count(*) from search_document where claim_id = ?", draft.getId()))
                .isZero();
        var link = "/desk/claims/" + draft.getId();
        // the English translation says "rebuild", the Indonesian text "Korea Utara", without accents
        for (var words : List.of("rebuilding", "Koréa Utara", "\"tenaga kerja\" infrastruktur")) {
            assertThat(links(desk.get(editor, "/desk?sort=updated&q=" + words)))
                    .as(words)
                    .contains(link);
        }
        assertThat(links(desk.get(editor, "/desk?q=rebuilding -infrastruktur"))).doesNotContain(link);
        assertThat(links(desk.get(editor, "/desk?q=rebuilding&status=published")))
                .doesNotContain(link);
    }

    private static List<String> links(MvcTestResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        var html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return org.jsoup.Jsoup.parse(html).select("table.data a[href^=/desk/claims/]").stream()
                .map(a -> a.attr("href"))
                .toList();
    }
}
