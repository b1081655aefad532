package org.factline.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails each notification to its recipient when an SMTP server is configured (Spring Boot creates the
 * {@link JavaMailSender} only then), in the recipient's language, unless they turned e-mail off. Sent
 * after the action's transaction commits, on a thread of its own: a slow or failing mail server never
 * delays or fails what the person did; a failure is logged and the notification stays on the desk.
 */
@Component
class NotificationMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationManagement notifications;
    private final NotificationWording wording;
    private final MailSettings settings;
    private final String publicUrl;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });

    NotificationMailer(
            ObjectProvider<JavaMailSender> senders,
            NotificationManagement notifications,
            NotificationWording wording,
            MailSettings settings,
            @Value("${factline.public.url:http://localhost:8080}") String publicUrl) {
        this.senders = senders;
        this.notifications = notifications;
        this.wording = wording;
        this.settings = settings;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationManagement.NotificationsCreated event) {
        var sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        executor.execute(() -> event.ids().forEach(id -> send(sender, id)));
    }

    private void send(JavaMailSender sender, long id) {
        try {
            var mail = notifications.mail(id).orElse(null);
            if (mail == null) {
                return;
            }
            if (!mail.settings().email()) {
                notifications.mailed(id, NotificationManagement.MailStatus.OFF);
                return;
            }
            var locale = mail.locale();
            var notification = mail.notification();
            var message = new SimpleMailMessage();
            message.setFrom(settings.from());
            message.setTo(mail.address());
            message.setSubject(wording.subject(notification, locale));
            message.setText(wording.body(notification, publicUrl, locale));
            sender.send(message);
            notifications.mailed(id, NotificationManagement.MailStatus.SENT);
        } catch (RuntimeException e) {
            // MailException among them: the notification stays on the desk
            log.warn("Could not e-mail notification {}: {}", id, e.getMessage());
            try {
                notifications.mailed(id, NotificationManagement.MailStatus.FAILED);
            } catch (RuntimeException again) {
                log.warn("Could not record that notification {} was not e-mailed: {}", id, again.getMessage());
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
