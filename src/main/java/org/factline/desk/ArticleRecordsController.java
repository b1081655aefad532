package org.factline.desk;

import jakarta.validation.Valid;
import org.factline.article.Article;
import org.factline.article.ArticleManagement;
import org.factline.claim.ArticleRecords;
import org.factline.shared.WorkflowException;
import org.springframework.http.HttpStatus;
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

/** An article's record kept tidy: its details and text corrected, a copy merged into it, deleted when unused. */
@Controller
class ArticleRecordsController {

    static final String MERGE_VIEW = "desk/article-merge";

    private final ArticleManagement articles;
    private final ArticleRecords records;

    ArticleRecordsController(ArticleManagement articles, ArticleRecords records) {
        this.articles = articles;
        this.records = records;
    }

    @GetMapping("/desk/articles/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var article = article(id);
        model.addAttribute("form", ArticleForm.of(article));
        return editForm(article, article.getVersion(), model);
    }

    @PostMapping("/desk/articles/{id}/edit")
    String save(
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var article = article(id);
        if (result.hasErrors()) {
            return editForm(article, version, model);
        }
        try {
            articles.edit(id, version, form.toEdit());
        } catch (WorkflowException e) {
            Refusals.show(e, result);
            return editForm(article, version, model);
        }
        redirect.addFlashAttribute("message", "desk.article.saved");
        return "redirect:/desk/articles/" + id;
    }

    @GetMapping("/desk/articles/{id}/merge")
    String merge(@PathVariable long id, Model model) {
        model.addAttribute("article", article(id));
        model.addAttribute("other", "");
        return MERGE_VIEW;
    }

    /**
     * Merges the copy named by its address ({@code other}, from the merge page) or its id ({@code otherId},
     * from the confirmation page) into this article, once confirmed.
     */
    @PostMapping("/desk/articles/{id}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String other,
            @RequestParam(required = false) Long otherId,
            @RequestParam(required = false) String confirm,
            Model model,
            RedirectAttributes redirect) {
        var article = article(id);
        var copy = otherId != null ? articles.findById(otherId) : articles.findByUrl(other.trim());
        String problem = null;
        if (otherId == null && other.isBlank()) {
            problem = "validation.required";
        } else if (copy.isEmpty()) {
            problem = "desk.article.error.mergeUnknown";
        } else if (copy.get().getId() == id) {
            problem = "desk.article.error.mergeSelf";
        }
        if (problem != null) {
            model.addAttribute("article", article);
            model.addAttribute("other", other);
            model.addAttribute("otherError", problem);
            return MERGE_VIEW;
        }
        var duplicate = copy.get();
        if (!Confirmation.given(confirm)) {
            model.addAttribute(
                    "confirmation",
                    new Confirmation(
                            "desk.article.mergeQuestion",
                            duplicate.getTitle(),
                            duplicate.getUrl() + " → " + article.getUrl(),
                            "desk.article.mergeConsequence",
                            "/desk/articles/" + id + "/merge?otherId=" + duplicate.getId(),
                            "/desk/articles/" + id,
                            "desk.article.mergeConfirm"));
            return Confirmation.VIEW;
        }
        records.merge(id, duplicate.getId());
        redirect.addFlashAttribute("message", "desk.article.merged");
        return "redirect:/desk/articles/" + id;
    }

    @PostMapping("/desk/articles/{id}/delete")
    String delete(
            @PathVariable long id,
            @RequestParam(required = false) String confirm,
            Model model,
            RedirectAttributes redirect) {
        var article = article(id);
        if (!Confirmation.given(confirm)) {
            model.addAttribute(
                    "confirmation",
                    new Confirmation(
                            "desk.article.deleteQuestion",
                            article.getTitle(),
                            article.getUrl(),
                            "desk.article.deleteConsequence",
                            "/desk/articles/" + id + "/delete",
                            "/desk/articles/" + id,
                            "desk.article.deleteConfirm"));
            return Confirmation.VIEW;
        }
        try {
            records.delete(id);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
            return "redirect:/desk/articles/" + id;
        }
        redirect.addFlashAttribute("message", "desk.article.deleted");
        return "redirect:/desk";
    }

    private String editForm(Article article, long version, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("action", "/desk/articles/" + article.getId() + "/edit");
        model.addAttribute("version", version);
        return ArticleDeskController.FORM_VIEW;
    }

    private Article article(long id) {
        return articles.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
