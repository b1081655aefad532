package org.factline.article;

/**
 * An article's record (address, title, outlet, authors, date or language) was changed: the pages of the
 * claims taken from it show it, so whoever recorded them says so to readers.
 */
public record ArticleEdited(long articleId) {}
