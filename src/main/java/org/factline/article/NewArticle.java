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
        Long createdBy) {}
