package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.factline.evidence.NewSource;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;

record SourceForm(
        Long version,
        @Size(max = 2000) String url,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 200) String publisher,
        @PastOrPresent LocalDate publishedOn,
        @NotNull SourceKind kind,
        @NotNull Stance stance,
        @Size(max = 10_000) String excerpt,
        @Size(max = 2000) String archiveUrl) {

    static SourceForm empty() {
        return new SourceForm(0L, "", "", "", null, SourceKind.NEWS_REPORT, Stance.CONTEXT, "", "");
    }

    NewSource toNewSource(java.time.Instant accessedAt) {
        return new NewSource(url, title, publisher, publishedOn, kind, stance, excerpt, archiveUrl, accessedAt);
    }
}
