package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.factline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Sessions live in PostgreSQL (Spring Session JDBC), and only people who sign in get one. */
@IntegrationTest
class SessionStoreTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signingInKeepsTheSessionInTheDatabase() {
        var signIn = mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", "editor@factline.demo")
                .param("password", "factline-demo")
                .exchange();
        assertThat(signIn).hasStatus3xxRedirection().hasRedirectedUrl("/desk");
        assertThat(signIn.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .as("Spring Session's cookie")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="));
        assertThat(jdbc.sql("select principal_name from spring_session where expiry_time > :now")
                        .param("now", System.currentTimeMillis())
                        .query(String.class)
                        .list())
                .contains("editor@factline.demo");
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :name")
                        .param("name", "editor@factline.demo")
                        .query(Integer.class)
                        .list())
                .as("the desk's idle timeout, a working day of nine hours")
                .contains(9 * 60 * 60);
    }

    @Test
    void readersPagesCreateNoSession() {
        var claimId = jdbc.sql("select min(id) from claim where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        var sessions = sessions();
        for (var page : new String[] {"/", "/claims/" + claimId, "/search?q=sanksi", "/feed.atom", "/corrections"}) {
            var response = mvc.get().uri(page).exchange();
            assertThat(response.getResponse().getStatus()).as(page).isLessThan(400);
            assertThat(response.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                    .as(page)
                    .isEmpty();
        }
        assertThat(sessions()).isEqualTo(sessions);
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
