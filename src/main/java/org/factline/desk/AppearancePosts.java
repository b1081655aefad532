package org.factline.desk;

import java.time.Clock;
import org.factline.account.FactlineUser;
import org.factline.article.NewArticle;
import org.factline.claim.Chains;
import org.factline.claim.NewAppearance;
import org.factline.shared.WorkflowException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk claim page's "add another appearance" form, posted for a draft claim (recorded at once) or a
 * published one (proposed in its update): the chain read, the service's refusals beside the fields or at the
 * top of the page, the quote-mismatch confirmation offered, and the claim page shown again with the form.
 */
@Component
class AppearancePosts {

    /** Records or proposes the appearance; refuses as the claim module refuses. */
    interface Write {
        void write(NewArticle article, NewAppearance appearance);
    }

    private final DeskPages pages;

    private final Clock clock;

    AppearancePosts(DeskPages pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    /** @return the redirect to {@code done} with {@code message}, or the claim page with the form refused */
    String post(
            long id,
            FactlineUser user,
            AppearanceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Write write,
            String message,
            String done) {
        var chain = Chains.parse(form.chain());
        if (chain.isEmpty()) {
            result.rejectValue("chain", "desk.error.chain");
        }
        var quoteMismatch = false;
        if (!result.hasErrors()) {
            try {
                write.write(
                        form.toNewArticle(clock.instant(), user.userId()), form.toNewAppearance(chain.orElseThrow()));
                redirect.addFlashAttribute("message", message);
                return "redirect:" + done;
            } catch (WorkflowException e) {
                if ("claim.error.notFound".equals(e.getMessageKey())) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                // the appearance form shows field errors only: a refusal of the whole step goes to the page's top
                if (e.getFieldErrors().isEmpty()) {
                    model.addAttribute("error", e.getMessageKey());
                } else {
                    Refusals.show(e, result, AppearanceForm.ARTICLE_FIELDS);
                }
                quoteMismatch = ClaimDeskController.quoteNotInArticle(e);
            }
        }
        model.addAttribute(ClaimDeskController.QUOTE_MISMATCH, form.confirmsTextDiffers() || quoteMismatch);
        var page = pages.claim(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        model.addAttribute("sourceForm", SourceForm.empty());
        model.addAttribute("verdictForm", VerdictForm.next(page));
        return ClaimDeskController.VIEW;
    }
}
