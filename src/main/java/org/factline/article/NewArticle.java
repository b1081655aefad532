package org.factline.article;

import java.time.Instant;
import java.util.List;

/** What is needed to record an article. */
public record NewArticle(
        String url,
        String title,
        String outlet,
        List<String> authors,
        String editor,
        String language,
        Instant publishedAt,
        Instant retrievedAt,
        String body,
        Long createdBy) {

    /** An article recorded by the system (demo data, import) rather than by a signed-in person. */
    public NewArticle(
            String url,
            String title,
            String outlet,
            List<String> authors,
            String editor,
            String language,
            Instant publishedAt,
            Instant retrievedAt,
            String body) {
        this(url, title, outlet, authors, editor, language, publishedAt, retrievedAt, body, null);
    }
}
