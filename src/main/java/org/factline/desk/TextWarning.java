package org.factline.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.factline.article.Article;
import org.factline.claim.Claim;
import org.factline.claim.ClaimUpdate;
import org.factline.claim.Topic;
import org.factline.evidence.Source;
import org.factline.shared.DeceptiveText;
import org.factline.speaker.Speaker;
import org.factline.verdict.Verdict;

/**
 * Something an editor should look at twice before it reaches readers ({@link DeceptiveText}): a text holding a
 * direction control or a line separator, an address whose host looks like another. Where: the record and field
 * as {@link RecordWording} names them, for one of several (an appearance, a source) its number from 1, and
 * whether it is proposed in a published claim's pending update rather than what readers see now.
 */
record TextWarning(String record, String field, int number, boolean proposed, DeceptiveText.Finding finding) {

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
        if (page.update() != null) {
            warnings.addAll(of(page.update(), claim, page.sources()));
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

    /**
     * What a published claim's pending update brings that readers do not see yet: the texts it changes (a text
     * it leaves as the claim has it is warned of with the claim), its public note, the appearances it adds
     * (numbered after the claim's) and the sources it adds or edits (by their place among the claim's sources).
     */
    static List<TextWarning> of(ClaimUpdate update, Claim claim, List<Source> sources) {
        var warnings = new ArrayList<TextWarning>();
        var proposed = new Sink(warnings, true);
        proposed.changed("claim", "summary", claim.getSummary(), update.getSummary());
        proposed.changed("claim", "summaryIndonesian", claim.getSummaryIndonesian(), update.getSummaryIndonesian());
        proposed.changed("claim", "text", claim.getText(), update.getText());
        proposed.changed("claim", "translation", claim.getTranslation(), update.getTranslation());
        proposed.changed("claim", "saidWhere", claim.getSaidWhere(), update.getSaidWhere());
        proposed.changed(
                "speaker",
                "name",
                claim.getSpeaker().getName(),
                update.getSpeaker().getName());
        proposed.text("update", 0, "publicNote", update.getPublicNote());
        int number = claim.getAppearances().size();
        for (var appearance : update.getAppearances()) {
            number++;
            proposed.text("appearance", number, "quote", appearance.getQuote());
            proposed.url("article", number, "url", appearance.getArticleUrl());
            proposed.text("article", number, "title", appearance.getArticleTitle());
            proposed.text("article", number, "outlet", appearance.getArticleOutlet());
            for (var link : appearance.getChain()) {
                proposed.text("appearance", number, "chain", link.getName());
                proposed.url("appearance", number, "chain", link.getUrl());
            }
        }
        var ids = sources.stream().map(Source::getId).toList();
        int added = sources.size();
        for (var change : update.getSourceChanges()) {
            var values = change.values();
            if (values != null) {
                int place = change.getSourceId() == null ? ++added : ids.indexOf(change.getSourceId()) + 1;
                proposed.source(
                        place, values.url(), values.archiveUrl(), values.title(), values.publisher(), values.excerpt());
            }
        }
        return warnings.stream().distinct().toList();
    }

    /** A source's texts and addresses; {@code number} its place among the claim's sources, from 1. */
    static List<TextWarning> of(Source source, int number) {
        var warnings = new ArrayList<TextWarning>();
        new Sink(warnings, false)
                .source(
                        number,
                        source.getUrl(),
                        source.getArchiveUrl(),
                        source.getTitle(),
                        source.getPublisher(),
                        source.getExcerpt());
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

    /**
     * What a desk form holds as typed, when the form comes back (refused, or shown again for another reason)
     * and its values are saved nowhere yet: each text of the form record, an address where the field names one.
     */
    static List<TextWarning> typed(Record form) {
        var record = RECORDS.get(form.getClass());
        if (record == null) {
            return List.of();
        }
        var warnings = new ArrayList<TextWarning>();
        var sink = new Sink(warnings, false);
        for (var component : form.getClass().getRecordComponents()) {
            if (component.getType() != String.class) {
                continue;
            }
            String value;
            try {
                value = (String) component.getAccessor().invoke(form);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            var field = component.getName();
            if (field.toLowerCase(Locale.ROOT).endsWith("url")) {
                sink.url(record, 0, field, value);
            } else {
                sink.text(record, 0, field, value);
            }
        }
        return warnings.stream().distinct().toList();
    }

    /** The record each desk form writes, as {@link RecordWording} names it. */
    private static final Map<Class<?>, String> RECORDS = Map.of(
            ClaimForm.class, "claim",
            ClaimEditForm.class, "claim",
            AppearanceForm.class, "appearance",
            SourceForm.class, "source",
            VerdictForm.class, "verdict",
            ArticleForm.class, "article",
            SpeakerForm.class, "speaker",
            TopicForm.class, "topic",
            UpdateNoteForm.class, "update",
            RetractionForm.class, "retraction");

    private static void text(List<TextWarning> warnings, String record, int number, String field, String text) {
        new Sink(warnings, false).text(record, number, field, text);
    }

    private static void url(List<TextWarning> warnings, String record, int number, String field, String url) {
        new Sink(warnings, false).url(record, number, field, url);
    }

    /** Adds the findings in a record's values to the list, each marked as proposed in an update or not. */
    private record Sink(List<TextWarning> warnings, boolean proposed) {

        void text(String record, int number, String field, String text) {
            add(record, number, field, text, DeceptiveText::inText);
        }

        void url(String record, int number, String field, String url) {
            add(record, number, field, url, DeceptiveText::inUrl);
        }

        /** A text as an update proposes it, when it differs from the one readers see. */
        void changed(String record, String field, String now, String proposedText) {
            if (!Objects.equals(now, proposedText)) {
                text(record, 0, field, proposedText);
            }
        }

        void source(int number, String url, String archiveUrl, String title, String publisher, String excerpt) {
            url("source", number, "url", url);
            url("source", number, "archiveUrl", archiveUrl);
            text("source", number, "title", title);
            text("source", number, "publisher", publisher);
            text("source", number, "excerpt", excerpt);
        }

        private void add(
                String record,
                int number,
                String field,
                String value,
                Function<String, List<DeceptiveText.Finding>> findings) {
            for (var finding : findings.apply(value)) {
                warnings.add(new TextWarning(record, field, number, proposed, finding));
            }
        }
    }
}
