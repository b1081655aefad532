package org.factline.article;

/** An article's stored text was replaced: quotes anchored in the old text need checking again. */
public record ArticleTextChanged(long articleId) {}
