package org.factline.notification;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notification in words, the same sentence on the desk and in the e-mail: "Ayu Lestari assigned you
 * the claim …" ({@code notification.kind.*}, with who did it and the claim's title).
 */
@Component("notificationWording")
public class NotificationWording {

    private final MessageSource messages;

    NotificationWording(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence that says what happened, in the given language. */
    public String sentence(NotificationManagement.Notification notification, Locale locale) {
        var actor = notification.actor() != null
                ? notification.actor()
                : messages.getMessage("notification.someone", null, locale);
        var title = notification.claimTitle() != null ? notification.claimTitle() : "";
        return messages.getMessage(
                "notification.kind." + notification.kind().name(), new Object[] {actor, title}, locale);
    }

    String subject(NotificationManagement.Notification notification, Locale locale) {
        return messages.getMessage("notification.mail.subject", new Object[] {sentence(notification, locale)}, locale);
    }

    String body(NotificationManagement.Notification notification, String publicUrl, Locale locale) {
        var body = new StringBuilder(sentence(notification, locale)).append("\n\n");
        if (notification.detail() != null && !notification.detail().isBlank()) {
            body.append(messages.getMessage("notification.comment", null, locale))
                    .append('\n')
                    .append(notification.detail().strip())
                    .append("\n\n");
        }
        body.append(messages.getMessage(
                        "notification.mail.open", new Object[] {publicUrl + notification.path()}, locale))
                .append("\n\n-- \n")
                .append(messages.getMessage(
                        "notification.mail.footer", new Object[] {publicUrl + "/desk/notifications"}, locale))
                .append('\n');
        return body.toString();
    }
}
