package org.factline.desk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.TestData;
import org.factline.account.AccountManagement;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signed-in requests against the desk, and what the database holds afterwards. */
class DeskTestSupport {

    final MockMvcTester mvc;
    final JdbcClient jdbc;
    final TestData data;
    private final AccountManagement accounts;

    DeskTestSupport(MockMvcTester mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.jdbc = context.getBean(JdbcClient.class);
        this.data = new TestData(context);
        this.accounts = context.getBean(AccountManagement.class);
    }

    FactlineUser person(Role... roles) {
        return accounts.principal(data.user(roles).getId());
    }

    MockMvcTester.MockMvcRequestBuilder post(FactlineUser who, String uri, String... params) {
        var request = mvc.post().uri(uri).with(user(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request;
    }

    /** A valid form's fields with one of them replaced, posted as the given person: for refusal tests. */
    MvcTestResult postWith(FactlineUser who, String uri, Map<String, String> valid, String field, String value) {
        var params = new LinkedHashMap<>(valid);
        params.put(field, value);
        var request = mvc.post().uri(uri).with(user(who)).with(csrf());
        for (var entry : params.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        return request.exchange();
    }

    MvcTestResult get(FactlineUser who, String uri) {
        return mvc.get().uri(uri).with(user(who)).exchange();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The id of the default scale's rating with this code ("misleading", "false" …). */
    long rating(String code) {
        return count(
                "select r.id from rating r join rating_scale s on s.id = r.scale_id where s.slug = 'default' and r.code = ?",
                code);
    }

    /** The verdict's version, as its forms post it. */
    String verdictVersion(long verdictId) {
        return String.valueOf(count("select version from verdict where id = ?", verdictId));
    }

    static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The error shown next to a field. */
    static String fieldError(MvcTestResult result, String field) {
        return html(result).select("#" + field + "-error").text();
    }
}
