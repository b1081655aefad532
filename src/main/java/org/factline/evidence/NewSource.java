package org.factline.evidence;

import java.time.Instant;
import java.time.LocalDate;

public record NewSource(
        String url,
        String title,
        String publisher,
        LocalDate publishedOn,
        SourceKind kind,
        Stance stance,
        String excerpt,
        String archiveUrl,
        Instant accessedAt) {}
