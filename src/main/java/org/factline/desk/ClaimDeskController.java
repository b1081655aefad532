package org.factline.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.factline.account.FactlineUser;
import org.factline.article.ArticleManagement;
import org.factline.claim.Chains;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.QuoteKind;
import org.factline.claim.Topic;
import org.factline.claim.TopicNames;
import org.factline.shared.Revision;
import org.factline.shared.WorkflowException;
import org.factline.speaker.SpeakerManagement;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording claims from articles, revising them, and the claim's workspace on the desk. */
@Controller
class ClaimDeskController {

    static final String NEW_VIEW = "desk/claim-form";
    static final String VIEW = "desk/claim";
    static final String EDIT_VIEW = "desk/claim-edit";
    /**
     * Whether the form asks to confirm that the article's stored text differs: after a direct quote was
     * refused for not being in it, and whenever the editor has ticked it.
     */
    static final String QUOTE_MISMATCH = "quoteMismatch";

    private final ClaimManagement claims;
    private final ArticleManagement articles;
    private final SpeakerManagement speakers;
    private final DeskPages pages;
    private final EditMerges merges;
    private final Clock clock;
    private final AppearancePosts appearancePosts;

    ClaimDeskController(
            ClaimManagement claims,
            ArticleManagement articles,
            SpeakerManagement speakers,
            DeskPages pages,
            EditMerges merges,
            Clock clock,
            AppearancePosts appearancePosts) {
        this.claims = claims;
        this.articles = articles;
        this.speakers = speakers;
        this.pages = pages;
        this.merges = merges;
        this.clock = clock;
        this.appearancePosts = appearancePosts;
    }

    /** The summary's limit, for the forms' counters and hints. */
    @ModelAttribute("summaryMax")
    int summaryMax() {
        return Claim.SUMMARY_MAX;
    }

    @GetMapping("/desk/articles/{articleId}/claims/new")
    String newClaim(@PathVariable long articleId, Model model) {
        var article = articles.findById(articleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", ClaimForm.forArticle(article.getLanguage()));
        return showNewForm(articleId, model);
    }

    @PostMapping("/desk/articles/{articleId}/claims")
    String record(
            @PathVariable long articleId,
            @AuthenticationPrincipal FactlineUser user,
            @Valid @ModelAttribute("form") ClaimForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var article = articles.findById(articleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var chain = Chains.parse(form.chain());
        if (chain.isEmpty()) {
            result.rejectValue("chain", "desk.error.chain");
        }
        var existingClaimId = form.addsToExistingClaim() ? claimReference(form.existingClaim()) : null;
        if (form.addsToExistingClaim() && existingClaimId == null) {
            result.rejectValue("existingClaim", "desk.error.existingClaim");
        }
        if (!form.addsToExistingClaim()) {
            form.checkSaidOn(LocalDate.now(clock), result);
        }
        if (result.hasErrors()) {
            model.addAttribute(QUOTE_MISMATCH, form.confirmsTextDiffers());
            return showNewForm(articleId, model);
        }
        var appearance = form.toNewAppearance(article.getId(), article.getBody(), chain.orElseThrow());
        long saved;
        try {
            if (existingClaimId != null) {
                claims.addAppearance(existingClaimId, appearance);
                saved = existingClaimId;
            } else {
                saved = claims.record(form.toRecording(user.userId()), appearance)
                        .getId();
            }
        } catch (WorkflowException e) {
            if ("claim.error.notFound".equals(e.getMessageKey())) {
                result.rejectValue("existingClaim", "desk.error.existingClaim");
            } else {
                Refusals.show(e, result);
                model.addAttribute(QUOTE_MISMATCH, form.confirmsTextDiffers() || quoteNotInArticle(e));
            }
            return showNewForm(articleId, model);
        }
        redirect.addFlashAttribute(
                "message", existingClaimId != null ? "desk.claim.appearanceAdded" : "desk.claim.recorded");
        return "redirect:/desk/claims/" + saved;
    }

    @GetMapping("/desk/claims/{id}")
    String show(@PathVariable long id, Model model) {
        var workspace = pages.claim(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", workspace);
        model.addAttribute("sourceForm", SourceForm.empty());
        model.addAttribute("verdictForm", VerdictForm.next(workspace));
        model.addAttribute("appearanceForm", AppearanceForm.empty());
        return VIEW;
    }

    @GetMapping("/desk/claims/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var revision = claims.latestRevision(id);
        var claim = claims.findForDesk(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (claim.isPublished()) {
            // what readers see changes only through a reviewed update
            return "redirect:/desk/claims/" + id + "/update";
        }
        model.addAttribute(EditMerges.REVISION, revision.map(Revision::getId).orElse(null));
        model.addAttribute("claim", claim);
        model.addAttribute("form", editForm(claim));
        model.addAttribute("speakers", speakers.all());
        return EDIT_VIEW;
    }

    @PostMapping("/desk/claims/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ClaimEditForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var claim = claims.findForDesk(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        form.checkSaidOn(LocalDate.now(clock), result);
        if (!result.hasErrors()) {
            try {
                return merges.save(edit(id), form, request, model, response, redirect);
            } catch (WorkflowException e) {
                Refusals.show(e, result);
            }
        }
        model.addAttribute(EditMerges.REVISION, request.getParameter(EditMerges.REVISION));
        model.addAttribute("claim", claim);
        model.addAttribute("speakers", speakers.all());
        offerSpeakers(model);
        return EDIT_VIEW;
    }

    /** The claim's edit form, for saving it and merging with a colleague's save. */
    private EditMerges.Edit<ClaimEditForm> edit(long id) {
        return new EditMerges.Edit<>(
                "claim",
                ClaimEditForm.class,
                ClaimEditForm.FIELDS,
                () -> claims.latestRevision(id),
                () -> editForm(claims.findForDesk(id).orElseThrow()),
                revision -> claims.atRevision(id, revision).map(ClaimDeskController::editForm),
                form -> claims.revise(id, form.version(), form.toEdit(), form.newSpeaker()),
                "/desk/claims/" + id + "/edit",
                "/desk/claims/" + id,
                "desk.claim.saved");
    }

    @PostMapping("/desk/claims/{id}/appearances")
    String addAppearance(
            @PathVariable long id,
            @AuthenticationPrincipal FactlineUser user,
            @Valid @ModelAttribute("appearanceForm") AppearanceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return appearancePosts.post(
                id,
                user,
                form,
                result,
                model,
                redirect,
                (article, appearance) -> claims.addAppearance(id, article, appearance),
                "desk.claim.appearanceAdded",
                "/desk/claims/" + id);
    }

    @PostMapping("/desk/claims/{id}/republish")
    @PreAuthorize("hasRole('EDITOR')")
    String republish(@PathVariable long id, RedirectAttributes redirect) {
        return workflow(id, redirect, "desk.claim.republished", () -> claims.republish(id));
    }

    private String workflow(long id, RedirectAttributes redirect, String success, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("message", success);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
        }
        return "redirect:/desk/claims/" + id;
    }

    static ClaimEditForm editForm(Claim claim) {
        return new ClaimEditForm(
                claim.getVersion(),
                claim.getSpeaker().getName(),
                claim.getText(),
                claim.getLanguage(),
                claim.getTranslation(),
                // without a translation the form's list shows its first language, and posts it
                claim.getTranslationLanguage() != null ? claim.getTranslationLanguage() : "en",
                claim.getSummary(),
                claim.getSummaryIndonesian(),
                SaidOnText.text(claim.getSaid()),
                claim.getSaid().getPrecision(),
                claim.getSaidWhere(),
                topicsText(claim),
                null,
                "");
    }

    private static String topicsText(Claim claim) {
        return TopicNames.format(
                claim.getTopicList().stream().map(Topic::getName).toList());
    }

    private String showNewForm(long articleId, Model model) {
        offerSpeakers(model);
        model.addAttribute("article", articles.findById(articleId).orElseThrow());
        model.addAttribute("speakers", speakers.all());
        model.addAttribute("recentClaims", claims.desk(org.factline.filter.ClaimFilter.none(), 300));
        model.addAttribute("quoteKinds", QuoteKind.values());
        model.addAttribute("precisions", DatePrecision.values());
        return NEW_VIEW;
    }

    /**
     * After a speaker's name matched no one, the speakers meant perhaps ("Putin": Vladimir Putin), for the
     * form to offer beside the field.
     */
    private void offerSpeakers(Model model) {
        var result = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
        if (result != null
                && result.getFieldErrors("speakerName").stream()
                        .anyMatch(error -> "desk.error.speakerUnknown".equals(error.getCode()))
                && result.getFieldValue("speakerName") instanceof String typed) {
            model.addAttribute("didYouMean", speakers.didYouMean(typed, 5));
        }
    }

    static boolean quoteNotInArticle(WorkflowException refusal) {
        return refusal.getFieldErrors().stream()
                .anyMatch(error -> error.messageKey().equals("claim.error.quoteNotInArticle"));
    }

    /** "#12 — summary" (as the type-ahead offers it) or "12". */
    private static Long claimReference(String text) {
        var matcher = java.util.regex.Pattern.compile("^\\s*#?(\\d{1,18})\\b").matcher(text);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : null;
    }
}
