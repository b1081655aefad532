package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.factline.article.Article;
import org.factline.article.ArticleEdit;
import org.factline.article.CanonicalUrl;
import org.factline.article.NewArticle;
import org.factline.article.WebAddress;
import org.factline.shared.MultiLine;
import org.springframework.format.annotation.DateTimeFormat;

record ArticleForm(
        @NotBlank(message = "{validation.required}")
        @Size(max = CanonicalUrl.MAX_LENGTH, message = "{validation.size}")
        @WebAddress
        String url,

        @NotBlank(message = "{validation.required}") @Size(max = Article.TITLE_MAX, message = "{validation.size}")
        String title,

        @NotBlank(message = "{validation.required}") @Size(max = Article.OUTLET_MAX, message = "{validation.size}")
        String outlet,

        @Size(max = Article.AUTHORS_MAX, message = "{validation.size}")
        String authors,

        @Size(max = Article.EDITOR_MAX, message = "{validation.size}")
        String editor,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent(message = "{validation.notFuture}")
        LocalDate publishedOn,

        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-z]{2,3}", message = "{desk.error.language}")
        String language,

        @Size(max = Article.BODY_MAX, message = "{validation.size}") @MultiLine
        String body) {

    static ArticleForm empty() {
        return new ArticleForm("", "", "", "", "", null, "id", "");
    }

    /** The form filled with an article's record, to correct it. */
    static ArticleForm of(Article article) {
        return new ArticleForm(
                article.getUrl(),
                article.getTitle(),
                article.getOutlet(),
                String.join(", ", article.getAuthors()),
                article.getEditor() == null ? "" : article.getEditor(),
                article.getPublishedAt() == null ? null : LocalDate.ofInstant(article.getPublishedAt(), ZoneOffset.UTC),
                article.getLanguage(),
                article.getBody() == null ? "" : article.getBody());
    }

    ArticleEdit toEdit() {
        return new ArticleEdit(
                url.trim(),
                title.trim(),
                outlet.trim(),
                authorList(),
                editor == null || editor.isBlank() ? null : editor.trim(),
                language,
                publishedAt(),
                body);
    }

    private Instant publishedAt() {
        return publishedOn == null
                ? null
                : publishedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    NewArticle toNewArticle(Instant retrievedAt, long userId) {
        return new NewArticle(
                url,
                title.trim(),
                outlet.trim(),
                authorList(),
                editor == null || editor.isBlank() ? null : editor.trim(),
                language,
                publishedAt(),
                retrievedAt,
                body,
                userId);
    }

    /** Authors as typed: separated by commas, semicolons or lines. */
    private List<String> authorList() {
        var names = new ArrayList<String>();
        if (authors != null) {
            for (var name : authors.split("[,;\\n]")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        return names;
    }
}
