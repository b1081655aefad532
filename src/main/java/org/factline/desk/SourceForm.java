package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.factline.article.CanonicalUrl;
import org.factline.article.WebAddress;
import org.factline.evidence.NewSource;
import org.factline.evidence.Source;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;
import org.factline.shared.MultiLine;
import org.springframework.format.annotation.DateTimeFormat;

record SourceForm(
        Long version,

        @Size(max = CanonicalUrl.MAX_LENGTH, message = "{validation.size}") @WebAddress
        String url,

        @NotBlank(message = "{validation.required}") @Size(max = Source.TITLE_MAX, message = "{validation.size}")
        String title,

        @Size(max = Source.PUBLISHER_MAX, message = "{validation.size}")
        String publisher,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent(message = "{validation.notFuture}")
        LocalDate publishedOn,

        @NotNull(message = "{source.error.kindRequired}") SourceKind kind,
        @NotNull(message = "{source.error.stanceRequired}") Stance stance,

        @Size(max = Source.EXCERPT_MAX, message = "{validation.size}") @MultiLine
        String excerpt,

        @Size(max = CanonicalUrl.MAX_LENGTH, message = "{validation.size}") @WebAddress
        String archiveUrl) {

    /** The inputs a merge compares and the conflict page shows, in the form's order. */
    static final List<FormField> FIELDS = List.of(
            FormField.of("title"),
            FormField.of("url"),
            FormField.of("publisher"),
            FormField.of("publishedOn"),
            FormField.of("kind"),
            FormField.of("stance"),
            FormField.of("excerpt"),
            FormField.of("archiveUrl"));

    static SourceForm of(Source source) {
        return new SourceForm(
                source.getVersion(),
                source.getUrl(),
                source.getTitle(),
                source.getPublisher(),
                source.getPublishedOn(),
                source.getKind(),
                source.getStance(),
                source.getExcerpt(),
                source.getArchiveUrl());
    }

    /** A new source: no kind or stance chosen, so one saved in a hurry is not filed as context by default. */
    static SourceForm empty() {
        return new SourceForm(0L, "", "", "", null, null, null, "", "");
    }

    NewSource toNewSource(java.time.Instant accessedAt) {
        return new NewSource(url, title, publisher, publishedOn, kind, stance, excerpt, archiveUrl, accessedAt);
    }
}
