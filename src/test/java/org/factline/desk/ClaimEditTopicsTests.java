package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Saving a claim's edit form as it was filled in keeps its topics, even one whose name holds a comma
 * (the demo's "North Korea, Russia and Donbas" was once split into two new public topics).
 */
@IntegrationTest
class ClaimEditTopicsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    FactlineUser editor;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        editor = desk.person(Role.REPORTER, Role.EDITOR);
    }

    @Test
    void savingTheDemoClaimsEditFormUnchangedKeepsItsTopics() {
        long claimId = desk.jdbc
                .sql("select id from claim where summary = ?")
                .param("North Korean builders could help rebuild occupied Donbas")
                .query(Long.class)
                .single();
        var before = topicsOf(claimId);
        assertThat(before).containsExactly("North Korea, Russia and Donbas");
        long topicCount = desk.count("select count(*) from topic");

        // the demo claim is published: its form drafts an update, which holds the same topics
        var form = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claimId + "/update"))
                .selectFirst("form[method=post][action$=/update]");
        var fields = new LinkedHashMap<String, String>();
        for (var element : form.select("input[name], textarea[name], select[name]")) {
            if (element.is("select")) {
                var selected = element.selectFirst("option[selected]");
                fields.put(element.attr("name"), selected == null ? "" : selected.attr("value"));
            } else if (element.is("textarea")) {
                fields.put(element.attr("name"), element.wholeText().replaceFirst("^\n", ""));
            } else {
                fields.put(element.attr("name"), element.attr("value"));
            }
        }
        fields.remove("_csrf");
        var params = new String[fields.size() * 2];
        int i = 0;
        for (var entry : fields.entrySet()) {
            params[i++] = entry.getKey();
            params[i++] = entry.getValue();
        }
        var saved =
                desk.post(editor, "/desk/claims/" + claimId + "/update", params).exchange();

        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/desk/claims/" + claimId + "#update");
        var update = desk.jdbc
                .sql("select id, version, topics from claim_update where claim_id = ? and status = 'DRAFT'")
                .param(claimId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})
                .single();
        assertThat(update[2]).isEqualTo(String.join("\n", before));
        assertThat(DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claimId))
                        .select("#update .changed"))
                .isEmpty();
        desk.post(
                        editor,
                        "/desk/updates/" + update[0] + "/discard",
                        "claimId",
                        String.valueOf(claimId),
                        "version",
                        String.valueOf(update[1]))
                .exchange();
        assertThat(topicsOf(claimId)).isEqualTo(before);
        assertThat(desk.count("select count(*) from topic")).isEqualTo(topicCount);
        assertThat(desk.count("select count(*) from claim_update where claim_id = ?", claimId))
                .isZero();
    }

    private java.util.List<String> topicsOf(long claimId) {
        return desk.jdbc
                .sql(
                        "select t.name from claim_topic ct join topic t on t.id = ct.topic_id where ct.claim_id = ? order by t.name")
                .param(claimId)
                .query(String.class)
                .list();
    }
}
