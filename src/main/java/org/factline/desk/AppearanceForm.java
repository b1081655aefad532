package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factline.article.Article;
import org.factline.article.CanonicalUrl;
import org.factline.article.NewArticle;
import org.factline.article.WebAddress;
import org.factline.claim.Appearance;
import org.factline.claim.Attribution;
import org.factline.claim.NewAppearance;
import org.factline.claim.QuoteKind;
import org.factline.shared.MultiLine;

/** A further appearance of a claim, in an article given by URL (recorded on the spot if new). */
record AppearanceForm(
        @NotBlank(message = "{validation.required}")
        @Size(max = CanonicalUrl.MAX_LENGTH, message = "{validation.size}")
        @WebAddress
        String articleUrl,

        @Size(max = Article.TITLE_MAX, message = "{validation.size}")
        String articleTitle,

        @Size(max = Article.OUTLET_MAX, message = "{validation.size}")
        String articleOutlet,

        @NotBlank(message = "{validation.required}")
        @Size(max = Appearance.QUOTE_MAX, message = "{validation.size}")
        @MultiLine
        String quote,

        @NotNull(message = "{validation.choose}") QuoteKind quoteKind,

        @Size(max = 2000, message = "{validation.size}") @MultiLine
        String chain,

        Boolean storedTextDiffers,

        @Size(max = Appearance.MISMATCH_NOTE_MAX, message = "{validation.size}") @MultiLine
        String storedTextNote) {

    /** This form's names for the fields of the article it may record. */
    static final Map<String, String> ARTICLE_FIELDS =
            Map.of("url", "articleUrl", "title", "articleTitle", "outlet", "articleOutlet");

    static AppearanceForm empty() {
        return new AppearanceForm("", "", "", "", QuoteKind.DIRECT, "", false, "");
    }

    /** Whether the editor ticked "the article's stored text differs" (a form posted without the box: no). */
    boolean confirmsTextDiffers() {
        return Boolean.TRUE.equals(storedTextDiffers);
    }

    /** The appearance as typed; its article is the one at {@link #articleUrl}. */
    NewAppearance toNewAppearance(List<Attribution> chain) {
        return new NewAppearance(0, quote.trim(), null, null, quoteKind, chain, confirmsTextDiffers(), storedTextNote);
    }

    /** The article, should it be new: in Indonesian, retrieved now. */
    NewArticle toNewArticle(Instant now, long userId) {
        return new NewArticle(
                articleUrl,
                trimmed(articleTitle),
                trimmed(articleOutlet),
                List.of(),
                null,
                "id",
                null,
                now,
                null,
                userId);
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }
}
