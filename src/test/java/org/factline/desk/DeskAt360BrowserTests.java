package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.factline.BrowserTest;
import org.factline.Chromium;
import org.factline.TestData;
import org.factline.timeline.PublicFixtures;
import org.factline.verdict.NewVerdict;
import org.factline.verdict.VerdictManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every desk page at 360 px, a phone's width, signed in as someone with every role: none may be wider than
 * the screen ({@code document.documentElement.scrollWidth <= 360}), so nothing needs sideways scrolling. A
 * failure names each page that is wider and its widest element. The pages are listed here ({@link #pages});
 * a new desk page that is not in the list fails {@link #everyDeskPageIsListed}, so that it is measured too.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskAt360BrowserTests {

    private static final int WIDTH = 360;

    /**
     * Desk addresses that are not pages: downloads, htmx fragments, and the import's steps that exist only
     * after a file was sent.
     */
    private static boolean notAPage(String pattern) {
        return pattern.endsWith(".csv")
                || pattern.equals("/desk/speakers/suggest")
                || pattern.equals("/desk/articles/check")
                || pattern.startsWith("/desk/import/{");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerdictManagement verdicts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ChromeDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Each desk page by the address pattern it answers, with the address of one to open. */
    private Map<String, String> pages() {
        var data = new TestData(context);
        var fixtures = new PublicFixtures(context);
        var speaker = data.matsegora();
        var topic = TestData.unique("Width topic");
        // long words and addresses, as real records have them
        var published = fixtures.published(
                speaker,
                topic,
                "Width " + TestData.unique("check"),
                "Pernyataan https://www.example.org/2022/08/17/sebuah-alamat-yang-sangat-panjang-sekali"
                        + "?utm_source=facebook&utm_medium=social&utm_campaign=kampanye-yang-panjang",
                3,
                2);
        var draft = data.matsegoraLabourClaim();
        var editor = data.user(org.factline.account.Role.REPORTER, org.factline.account.Role.EDITOR);
        var rating = verdicts.rating("default", "false").orElseThrow().getId();
        var verdict = verdicts.draft(new NewVerdict(draft.getId(), rating, "No.", "Because.", editor.getId()));
        long article = one("select article_id from appearance where claim_id = ? limit 1", published.getId());
        long source = one("select id from source where claim_id = ? order by id limit 1", published.getId());
        long topicId = one("select id from topic where name = ?", topic);
        long report = one(
                "insert into error_report (claim_id, message, client_hash, language) values (?, ?, ?, 'id')"
                        + " returning id",
                published.getId(),
                "Tautan ini https://www.example.org/sebuah-alamat-yang-sangat-panjang-sekali-tanpa-spasi salah",
                TestData.unique("width-client"));

        var pages = new LinkedHashMap<String, String>();
        pages.put("/desk", "/desk");
        pages.put("/desk#filtered", "/desk?status=PUBLISHED");
        pages.put("/desk/articles/new", "/desk/articles/new");
        pages.put("/desk/articles/{id}", "/desk/articles/" + article);
        pages.put("/desk/articles/{id}/edit", "/desk/articles/" + article + "/edit");
        pages.put("/desk/articles/{id}/merge", "/desk/articles/" + article + "/merge");
        pages.put("/desk/articles/{articleId}/claims/new", "/desk/articles/" + article + "/claims/new");
        pages.put("/desk/claims/{id}", "/desk/claims/" + published.getId());
        pages.put("/desk/claims/{id}#draft", "/desk/claims/" + draft.getId());
        pages.put("/desk/claims/{id}/edit", "/desk/claims/" + draft.getId() + "/edit");
        pages.put("/desk/claims/{id}/history", "/desk/claims/" + published.getId() + "/history");
        pages.put("/desk/claims/{id}/update", "/desk/claims/" + published.getId() + "/update");
        pages.put("/desk/claims/{id}/unpublish", "/desk/claims/" + published.getId() + "/unpublish");
        pages.put(
                "/desk/claims/{claimId}/sources/{sourceId}/edit",
                "/desk/claims/" + published.getId() + "/sources/" + source + "/edit");
        pages.put(
                "/desk/claims/{claimId}/sources/{sourceId}/delete",
                "/desk/claims/" + published.getId() + "/sources/" + source + "/delete");
        pages.put(
                "/desk/claims/{claimId}/update/sources/{sourceId}",
                "/desk/claims/" + published.getId() + "/update/sources/" + source);
        pages.put(
                "/desk/claims/{claimId}/update/sources/{sourceId}/remove",
                "/desk/claims/" + published.getId() + "/update/sources/" + source + "/remove");
        pages.put("/desk/verdicts/{id}/edit", "/desk/verdicts/" + verdict.getId() + "/edit");
        pages.put("/desk/speakers", "/desk/speakers");
        pages.put("/desk/speakers/{id:\\d+}", "/desk/speakers/" + speaker.getId());
        pages.put("/desk/speakers/{id:\\d+}/edit", "/desk/speakers/" + speaker.getId() + "/edit");
        pages.put("/desk/topics", "/desk/topics");
        pages.put("/desk/topics/{id:\\d+}", "/desk/topics/" + topicId);
        pages.put("/desk/topics/{id:\\d+}/edit", "/desk/topics/" + topicId + "/edit");
        pages.put("/desk/reports", "/desk/reports");
        pages.put("/desk/reports/{id:\\d{1,18}}", "/desk/reports/" + report);
        pages.put("/desk/notifications", "/desk/notifications");
        pages.put("/desk/import", "/desk/import");
        pages.put("/desk/export", "/desk/export");
        pages.put("/admin/users", "/admin/users");
        pages.put("/admin/scales", "/admin/scales");
        pages.put("/admin/users/{id}", "/admin/users/" + editor.getId());
        pages.put("/admin/audit", "/admin/audit");
        return pages;
    }

    @Test
    void everyDeskPageIsListed() {
        var listed = new TreeSet<String>();
        pagesListedByPattern().forEach(pattern -> listed.add(pattern.replaceAll("#.*", "")));
        var answered = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            info.getPatternValues().stream()
                    .filter(pattern -> pattern.startsWith("/desk") || pattern.startsWith("/admin"))
                    .filter(pattern -> !notAPage(pattern))
                    .forEach(answered::add);
        });
        assertThat(listed)
                .as("desk pages to measure at %d px (add a new page to DeskAt360BrowserTests.pages)", WIDTH)
                .containsAll(answered);
    }

    /** The patterns {@link #pages} lists, read without making its records. */
    private static List<String> pagesListedByPattern() {
        return List.of(
                "/desk",
                "/desk/articles/new",
                "/desk/articles/{id}",
                "/desk/articles/{id}/edit",
                "/desk/articles/{id}/merge",
                "/desk/articles/{articleId}/claims/new",
                "/desk/claims/{id}",
                "/desk/claims/{id}/edit",
                "/desk/claims/{id}/history",
                "/desk/claims/{id}/update",
                "/desk/claims/{id}/unpublish",
                "/desk/claims/{claimId}/sources/{sourceId}/edit",
                "/desk/claims/{claimId}/sources/{sourceId}/delete",
                "/desk/claims/{claimId}/update/sources/{sourceId}",
                "/desk/claims/{claimId}/update/sources/{sourceId}/remove",
                "/desk/verdicts/{id}/edit",
                "/desk/speakers",
                "/desk/speakers/{id:\\d+}",
                "/desk/speakers/{id:\\d+}/edit",
                "/desk/topics",
                "/desk/topics/{id:\\d+}",
                "/desk/topics/{id:\\d+}/edit",
                "/desk/reports",
                "/desk/reports/{id:\\d{1,18}}",
                "/desk/notifications",
                "/desk/import",
                "/desk/export",
                "/admin/users",
                "/admin/scales",
                "/admin/users/{id}",
                "/admin/audit");
    }

    @Test
    void noDeskPageIsWiderThanAPhoneAt360Pixels() {
        var pages = pages();
        assertThat(pages.keySet().stream().map(key -> key.replaceAll("#.*", "")))
                .containsAll(pagesListedByPattern());
        browser = Chromium.startPhone(WIDTH, 800);
        signIn();
        var tooWide = new ArrayList<String>();
        pages.forEach((name, path) -> {
            browser.get("http://localhost:" + port + path);
            Chromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
            assertThat(browser.getCurrentUrl()).as("%s opens signed in", path).doesNotContain("/login");
            @SuppressWarnings("unchecked")
            var measured = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(WIDEST, WIDTH);
            int width = ((Number) measured.get("width")).intValue();
            if (width > WIDTH) {
                tooWide.add("%s (%s) is %d px wide; widest: %s".formatted(name, path, width, measured.get("widest")));
                Chromium.screenshot(browser, "desk-360" + path.replaceAll("[^a-z0-9]+", "-"));
            }
        });
        assertThat(tooWide).as("desk pages wider than %d px", WIDTH).isEmpty();
    }

    /** The page's width, and the element reaching furthest right beyond the screen (the innermost such). */
    private static final String WIDEST = """
            const limit = arguments[0];
            let widest = null;
            let right = limit;
            for (const element of document.body.querySelectorAll('*')) {
              const box = element.getBoundingClientRect();
              if (box.width > 0 && box.right + window.scrollX >= right) {
                right = box.right + window.scrollX;
                widest = element;
              }
            }
            const describe = (element) => {
              if (!element) return 'none';
              const classes = element.classList.length ? '.' + Array.from(element.classList).join('.') : '';
              const id = element.id ? '#' + element.id : '';
              const text = (element.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
              return element.tagName.toLowerCase() + id + classes + ' reaching ' + Math.round(right) + ' px: "' + text + '"';
            };
            return {width: document.documentElement.scrollWidth, widest: describe(widest)};""";

    private void signIn() {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("admin@factline.demo");
        browser.findElement(By.id("password")).sendKeys("factline-demo");
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
        Chromium.waitFor(browser).until(ExpectedConditions.urlMatches("/desk$"));
    }

    private long one(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
