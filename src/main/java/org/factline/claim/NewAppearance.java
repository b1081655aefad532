package org.factline.claim;

import java.util.List;

/**
 * A claim's appearance in a recorded article. Prefix and suffix may be left null: they are then
 * taken from the article's text when it holds the quote.
 */
public record NewAppearance(
        long articleId,
        String quote,
        String quotePrefix,
        String quoteSuffix,
        QuoteKind quoteKind,
        List<Attribution> chain) {}
