package org.factline.desk;

import jakarta.validation.Valid;
import java.time.Clock;
import org.factline.account.FactlineUser;
import org.factline.article.Article;
import org.factline.article.ArticleManagement;
import org.factline.claim.ClaimManagement;
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

@Controller
class ArticleDeskController {

    static final String FORM_VIEW = "desk/article-form";
    static final String VIEW = "desk/article";

    private final ArticleManagement articles;
    private final ClaimManagement claims;
    private final Clock clock;

    ArticleDeskController(ArticleManagement articles, ClaimManagement claims, Clock clock) {
        this.articles = articles;
        this.claims = claims;
        this.clock = clock;
    }

    @GetMapping("/desk/articles/new")
    String form(@RequestParam(required = false) String url, Model model) {
        var form = ArticleForm.empty();
        if (url != null) {
            var existing = articles.findByUrl(url);
            if (existing.isPresent()) {
                return "redirect:/desk/articles/" + existing.get().getId();
            }
            form = new ArticleForm(url, "", "", "", "", null, "id", "");
        }
        model.addAttribute("form", form);
        return FORM_VIEW;
    }

    @PostMapping("/desk/articles")
    String record(
            @AuthenticationPrincipal FactlineUser user,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        var existing = articles.findByUrl(form.url());
        if (existing.isPresent()) {
            redirect.addFlashAttribute("message", "desk.article.alreadyRecorded");
            return "redirect:/desk/articles/" + existing.get().getId();
        }
        Article article;
        try {
            article = articles.record(form.toNewArticle(clock.instant(), user.userId()));
        } catch (WorkflowException e) {
            Refusals.show(e, result);
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("message", "desk.article.recorded");
        return "redirect:/desk/articles/" + article.getId();
    }

    @GetMapping("/desk/articles/{id}")
    String show(@PathVariable long id, Model model) {
        var article = articles.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("article", article);
        model.addAttribute("claims", claims.claimsInArticle(id));
        model.addAttribute("textWarnings", TextWarning.of(article));
        return VIEW;
    }
}
