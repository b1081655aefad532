package org.factline.account;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.factline.shared.WorkflowException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins manage who may sign in and with which roles, and read the account audit log. */
@Controller
class AdminController {

    static final String USERS_VIEW = "account/users";
    static final String USER_VIEW = "account/user";
    static final String AUDIT_VIEW = "account/audit";
    static final int AUDIT_PAGE_SIZE = 50;

    private final AccountManagement accounts;

    AdminController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("form", new UserForm("", "", Set.of(Role.REPORTER), ""));
        return show(model);
    }

    @PostMapping("/admin/users")
    String invite(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            @AuthenticationPrincipal FactlineUser admin,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.invite(form.email(), form.displayName(), form.initialPassword(), form.roles(), admin.userId());
                redirect.addFlashAttribute("message", "admin.userCreated");
                return "redirect:/admin/users";
            } catch (WorkflowException e) {
                e.getFieldErrors().forEach(error -> result.rejectValue(error.field(), error.messageKey()));
            }
        }
        return show(model);
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable long id, Model model) {
        return showUser(existing(id), model);
    }

    @PostMapping("/admin/users/{id}/roles")
    String roles(
            @PathVariable long id,
            @Valid @ModelAttribute("rolesForm") RolesForm form,
            BindingResult result,
            @AuthenticationPrincipal FactlineUser admin,
            Model model,
            RedirectAttributes redirect) {
        return change(
                existing(id),
                result,
                model,
                redirect,
                "admin.rolesChanged",
                () -> accounts.setRoles(id, form.roles(), admin.userId()));
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(
            @PathVariable long id,
            @Valid @ModelAttribute("resetForm") ResetPasswordForm form,
            BindingResult result,
            @AuthenticationPrincipal FactlineUser admin,
            Model model,
            RedirectAttributes redirect) {
        return change(
                existing(id),
                result,
                model,
                redirect,
                "admin.passwordReset",
                () -> accounts.resetPassword(id, form.password(), admin.userId()));
    }

    /** One of the user page's forms: the step when the form is valid, else the page with the messages. */
    private String change(
            AppUser user,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String success,
            Runnable step) {
        if (!result.hasErrors()) {
            try {
                step.run();
                redirect.addFlashAttribute("message", success);
                return "redirect:/admin/users/" + user.getId();
            } catch (WorkflowException e) {
                e.getFieldErrors().forEach(error -> result.rejectValue(error.field(), error.messageKey()));
            }
        }
        return showUser(user, model);
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(
            @PathVariable long id,
            @RequestParam boolean enabled,
            @AuthenticationPrincipal FactlineUser admin,
            RedirectAttributes redirect) {
        existing(id);
        try {
            accounts.setEnabled(id, enabled, admin.userId());
            redirect.addFlashAttribute("message", enabled ? "admin.userEnabled" : "admin.userDisabled");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
        }
        return "redirect:/admin/users";
    }

    /** The account audit log, newest first, a page at a time ({@code page} counts from 1). */
    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "1") int page, Model model) {
        var events = accounts.auditLog(Math.max(0, page - 1), AUDIT_PAGE_SIZE);
        if (page < 1 || (page > 1 && page > events.getTotalPages())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var people = new HashSet<Long>();
        events.forEach(event -> Stream.of(event.getActorId(), event.getSubjectId())
                .filter(personId -> personId != null)
                .forEach(people::add));
        model.addAttribute("events", events);
        model.addAttribute("people", accounts.displayNames(people));
        return AUDIT_VIEW;
    }

    private AppUser existing(long id) {
        return accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String showUser(AppUser user, Model model) {
        if (!model.containsAttribute("rolesForm")) {
            model.addAttribute("rolesForm", new RolesForm(user.getRoles()));
        }
        if (!model.containsAttribute("resetForm")) {
            model.addAttribute("resetForm", new ResetPasswordForm(""));
        }
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        return USER_VIEW;
    }

    private String show(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        return USERS_VIEW;
    }
}
