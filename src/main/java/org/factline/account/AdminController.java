package org.factline.account;

import jakarta.validation.Valid;
import java.util.Set;
import org.factline.shared.WorkflowException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins manage who may sign in and with which roles. */
@Controller
class AdminController {

    static final String USERS_VIEW = "account/users";

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
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.invite(form.email(), form.displayName(), form.initialPassword(), form.roles());
                redirect.addFlashAttribute("message", "admin.userCreated");
                return "redirect:/admin/users";
            } catch (WorkflowException e) {
                result.rejectValue("email", e.getMessageKey());
            }
        }
        return show(model);
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(
            @PathVariable long id,
            @RequestParam boolean enabled,
            @AuthenticationPrincipal FactlineUser admin,
            RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, enabled, admin.userId());
            redirect.addFlashAttribute("message", enabled ? "admin.userEnabled" : "admin.userDisabled");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
        }
        return "redirect:/admin/users";
    }

    private String show(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        return USERS_VIEW;
    }
}
