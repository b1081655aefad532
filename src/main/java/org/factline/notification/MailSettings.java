package org.factline.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notification e-mails are sent; the SMTP server itself is Spring Boot's {@code spring.mail.*}
 * (SPRING_MAIL_HOST …), and without it no e-mail is sent.
 *
 * @param from the sender of the e-mails (FACTLINE_MAIL_FROM)
 */
@ConfigurationProperties("factline.mail")
record MailSettings(
        @DefaultValue("Factline <factline@localhost>") String from) {}
