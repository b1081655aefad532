package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.factline.evidence.NewSource;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;
import org.springframework.format.annotation.DateTimeFormat;

record SourceForm(
        Long version,
        @Size(max = 2000, message = "{validation.size}") String url,

        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size}")
        String title,

        @Size(max = 200, message = "{validation.size}") String publisher,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent(message = "{validation.notFuture}")
        LocalDate publishedOn,

        @NotNull(message = "{validation.choose}") SourceKind kind,
        @NotNull(message = "{validation.choose}") Stance stance,
        @Size(max = 10_000, message = "{validation.size}") String excerpt,
        @Size(max = 2000, message = "{validation.size}") String archiveUrl) {

    static SourceForm empty() {
        return new SourceForm(0L, "", "", "", null, SourceKind.NEWS_REPORT, Stance.CONTEXT, "", "");
    }

    NewSource toNewSource(java.time.Instant accessedAt) {
        return new NewSource(url, title, publisher, publishedOn, kind, stance, excerpt, archiveUrl, accessedAt);
    }
}
