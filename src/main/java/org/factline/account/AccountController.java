package org.factline.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.factline.shared.WorkflowException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

    static final String LOGIN_VIEW = "account/login";
    static final String PASSWORD_VIEW = "account/password";

    private final AccountManagement accounts;

    AccountController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /** The sign-in page; {@code wait} (seconds) says how long signing in is held back after failures. */
    @GetMapping(SignInAttempts.LOGIN)
    String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
        waitSeconds(wait).ifPresent(seconds -> {
            if (seconds < 60) {
                model.addAttribute("waitSeconds", seconds);
            } else {
                model.addAttribute("waitMinutes", (seconds + 59) / 60);
            }
        });
        return LOGIN_VIEW;
    }

    /** The wait named in the address, if it is a sensible number of seconds; anything else is ignored. */
    private static Optional<Long> waitSeconds(String wait) {
        if (wait == null || !wait.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        var seconds = Long.parseLong(wait);
        return seconds > 0 ? Optional.of(seconds) : Optional.empty();
    }

    @GetMapping(SecurityConfiguration.PASSWORD_PAGE)
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return PASSWORD_VIEW;
    }

    @PostMapping(SecurityConfiguration.PASSWORD_PAGE)
    String changePassword(
            @AuthenticationPrincipal FactlineUser user,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("confirmPassword") && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "account.error.mismatch");
        }
        if (result.hasErrors()) {
            return PASSWORD_VIEW;
        }
        try {
            var session = request.getSession(false);
            accounts.changePassword(
                    user.userId(),
                    form.currentPassword(),
                    form.newPassword(),
                    session == null ? null : session.getId());
        } catch (WorkflowException e) {
            e.getFieldErrors().forEach(error -> result.rejectValue(error.field(), error.messageKey()));
            if (e.getFieldErrors().isEmpty()) {
                result.reject(e.getMessageKey());
            }
            return PASSWORD_VIEW;
        }
        // the session's principal still says "change required": replace it
        var principal = accounts.principal(user.userId());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        redirect.addFlashAttribute("message", "account.passwordChanged");
        return "redirect:/desk";
    }
}
