package org.factline.notification;

import org.factline.shared.Auditor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/** Someone's e-mails speak the language they last signed in with (until they choose another). */
@Component
class SignInLanguage {

    private final NotificationManagement notifications;
    private final LocaleResolver locales;

    SignInLanguage(NotificationManagement notifications, LocaleResolver locales) {
        this.notifications = notifications;
        this.locales = locales;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Auditor person
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            notifications.signedInWith(
                    person.userId(), locales.resolveLocale(request.getRequest()).getLanguage());
        }
    }
}
