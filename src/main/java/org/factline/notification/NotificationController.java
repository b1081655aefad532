package org.factline.notification;

import org.factline.account.FactlineUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's notifications ({@code /desk/notifications}): newest first, unread ones marked; opening one
 * marks it read and leads to its page; all can be marked read at once; and the person's e-mail settings.
 */
@Controller
class NotificationController {

    static final String VIEW = "desk/notifications";

    private final NotificationManagement notifications;

    NotificationController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/desk/notifications")
    String list(@AuthenticationPrincipal FactlineUser user, Model model) {
        model.addAttribute("notifications", notifications.of(user.userId()));
        model.addAttribute("settings", notifications.settings(user.userId()));
        model.addAttribute(
                "languages", NotificationManagement.LANGUAGES.stream().sorted().toList());
        return VIEW;
    }

    /** Marks the notification read and opens the page it is about. */
    @PostMapping("/desk/notifications/{id:\\d{1,18}}/read")
    String read(@AuthenticationPrincipal FactlineUser user, @PathVariable long id) {
        var notification = notifications
                .find(user.userId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        notifications.markRead(user.userId(), id);
        return "redirect:" + notification.path();
    }

    @PostMapping("/desk/notifications/read")
    String readAll(@AuthenticationPrincipal FactlineUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user.userId());
        redirect.addFlashAttribute("message", "notification.allRead");
        return "redirect:/desk/notifications";
    }

    @PostMapping("/desk/notifications/settings")
    String settings(
            @AuthenticationPrincipal FactlineUser user,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String email,
            RedirectAttributes redirect) {
        if (language == null || !NotificationManagement.LANGUAGES.contains(language.strip())) {
            redirect.addFlashAttribute("error", "notification.error.language");
            return "redirect:/desk/notifications";
        }
        notifications.saveSettings(
                user.userId(), new NotificationManagement.Settings(language.strip(), "true".equals(email)));
        redirect.addFlashAttribute("message", "notification.settingsSaved");
        return "redirect:/desk/notifications";
    }
}
