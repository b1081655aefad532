package org.factline.claim;

import java.util.List;

/**
 * A claim's appearance in a recorded article. Prefix and suffix may be left null: they are then
 * taken from the article's text when it holds the quote. A direct quote the article's stored text
 * does not hold is recorded only with {@code storedTextDiffers} and a note saying why.
 */
public record NewAppearance(
        long articleId,
        String quote,
        String quotePrefix,
        String quoteSuffix,
        QuoteKind quoteKind,
        List<Attribution> chain,
        boolean storedTextDiffers,
        String storedTextNote) {

    /** An appearance whose direct quote must be in the article's stored text, if it has one. */
    public NewAppearance(
            long articleId,
            String quote,
            String quotePrefix,
            String quoteSuffix,
            QuoteKind quoteKind,
            List<Attribution> chain) {
        this(articleId, quote, quotePrefix, quoteSuffix, quoteKind, chain, false, null);
    }
}
