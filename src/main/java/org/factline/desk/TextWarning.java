package org.factline.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.factline.article.Article;
import org.factline.claim.Topic;
import org.factline.evidence.Source;
import org.factline.shared.DeceptiveText;
import org.factline.speaker.Speaker;
import org.factline.verdict.Verdict;

/**
 * Something an editor should look at twice before it reaches readers ({@link DeceptiveText}): a text holding a
 * direction control or a line separator, an address whose host looks like another. Where: the record and field
 * as {@link RecordWording} names them, and for one of several (an appearance, a source) its number from 1.
 */
record TextWarning(String record, String field, int number, DeceptiveText.Finding finding) {

    /** Everything on a claim's desk page: the claim, its speaker, appearances, sources and verdicts. */
    static List<TextWarning> of(DeskPages.ClaimWorkspace page) {
        var warnings = new ArrayList<TextWarning>();
        var claim = page.claim();
        text(warnings, "claim", 0, "summary", claim.getSummary());
        text(warnings, "claim", 0, "summaryIndonesian", claim.getSummaryIndonesian());
        text(warnings, "claim", 0, "text", claim.getText());
        text(warnings, "claim", 0, "translation", claim.getTranslation());
        text(warnings, "claim", 0, "saidWhere", claim.getSaidWhere());
        text(warnings, "speaker", 0, "name", claim.getSpeaker().getName());
        int number = 0;
        for (var appearance : claim.getAppearances()) {
            number++;
            text(warnings, "appearance", number, "quote", appearance.getQuote());
            url(warnings, "article", number, "url", appearance.getArticle().getUrl());
            text(warnings, "article", number, "title", appearance.getArticle().getTitle());
            for (var link : appearance.getChain()) {
                text(warnings, "appearance", number, "chain", link.getName());
                url(warnings, "appearance", number, "chain", link.getUrl());
            }
        }
        number = 0;
        for (var source : page.sources()) {
            warnings.addAll(of(source, ++number));
        }
        var verdicts = new ArrayList<Verdict>();
        if (page.open() != null) {
            verdicts.add(page.open());
        }
        if (page.published() != null) {
            verdicts.add(page.published());
        }
        for (var verdict : verdicts) {
            text(warnings, "verdict", 0, "summary", verdict.getSummary());
            text(warnings, "verdict", 0, "summaryIndonesian", verdict.getSummaryIndonesian());
            text(warnings, "verdict", 0, "rationale", verdict.getRationale());
            text(warnings, "verdict", 0, "rationaleIndonesian", verdict.getRationaleIndonesian());
        }
        return warnings.stream().distinct().toList();
    }

    /** A source's texts and addresses; {@code number} its place among the claim's sources, from 1. */
    static List<TextWarning> of(Source source, int number) {
        var warnings = new ArrayList<TextWarning>();
        url(warnings, "source", number, "url", source.getUrl());
        url(warnings, "source", number, "archiveUrl", source.getArchiveUrl());
        text(warnings, "source", number, "title", source.getTitle());
        text(warnings, "source", number, "publisher", source.getPublisher());
        text(warnings, "source", number, "excerpt", source.getExcerpt());
        return warnings;
    }

    /** An article's address, title and outlet (its stored text is the outlet's, quoted as it is). */
    static List<TextWarning> of(Article article) {
        var warnings = new ArrayList<TextWarning>();
        url(warnings, "article", 0, "url", article.getUrl());
        text(warnings, "article", 0, "title", article.getTitle());
        text(warnings, "article", 0, "outlet", article.getOutlet());
        return warnings;
    }

    /** A speaker's name, aliases, role and description, shown with their every claim. */
    static List<TextWarning> of(Speaker speaker) {
        var warnings = new ArrayList<TextWarning>();
        text(warnings, "speaker", 0, "name", speaker.getName());
        speaker.getAliases().forEach(alias -> text(warnings, "speaker", 0, "aliases", alias));
        text(warnings, "speaker", 0, "role", speaker.getRole());
        text(warnings, "speaker", 0, "description", speaker.getDescription());
        return warnings.stream().distinct().toList();
    }

    /** A topic's names and descriptions in both languages. */
    static List<TextWarning> of(Topic topic) {
        var warnings = new ArrayList<TextWarning>();
        text(warnings, "topic", 0, "name", topic.getName());
        text(warnings, "topic", 0, "nameIndonesian", topic.getNameIndonesian());
        text(warnings, "topic", 0, "description", topic.getDescription());
        text(warnings, "topic", 0, "descriptionIndonesian", topic.getDescriptionIndonesian());
        return warnings;
    }

    private static void text(List<TextWarning> warnings, String record, int number, String field, String text) {
        add(warnings, record, number, field, text, DeceptiveText::inText);
    }

    private static void url(List<TextWarning> warnings, String record, int number, String field, String url) {
        add(warnings, record, number, field, url, DeceptiveText::inUrl);
    }

    private static void add(
            List<TextWarning> warnings,
            String record,
            int number,
            String field,
            String value,
            Function<String, List<DeceptiveText.Finding>> findings) {
        for (var finding : findings.apply(value)) {
            warnings.add(new TextWarning(record, field, number, finding));
        }
    }
}
