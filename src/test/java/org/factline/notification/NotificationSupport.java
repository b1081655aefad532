package org.factline.notification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.factline.account.AccountManagement;
import org.factline.account.AppUser;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Requests as a signed-in person, and what the database holds of their notifications. */
class NotificationSupport {

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;
    private final AccountManagement accounts;

    NotificationSupport(MockMvcTester mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.jdbc = context.getBean(JdbcClient.class);
        this.accounts = context.getBean(AccountManagement.class);
    }

    MvcTestResult get(AppUser person, String uri) {
        return mvc.get().uri(uri).with(user(accounts.principal(person.getId()))).exchange();
    }

    MvcTestResult post(AppUser person, String uri, String... params) {
        var request = mvc.post()
                .uri(uri)
                .with(user(accounts.principal(person.getId())))
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    /** The kinds of the person's notifications, newest first. */
    List<String> kinds(AppUser person) {
        return jdbc.sql("select kind from notification where recipient_id = ? order by id desc")
                .param(person.getId())
                .query(String.class)
                .list();
    }

    long unread(AppUser person) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
                .param(person.getId())
                .query(Long.class)
                .single();
    }
}
