package org.factline.article;

import java.time.Instant;
import java.util.List;

/** What the desk's article form holds for an article already recorded. */
public record ArticleEdit(
        String url,
        String title,
        String outlet,
        List<String> authors,
        String editor,
        String language,
        Instant publishedAt,
        String body) {}
