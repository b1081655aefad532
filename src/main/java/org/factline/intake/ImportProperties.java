package org.factline.intake;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the CSV import ({@code FACTLINE_IMPORT_MAX_FILE_SIZE}, {@code FACTLINE_IMPORT_MAX_ROWS}).
 *
 * @param maxFileSize the largest file accepted; larger uploads are refused before they are read
 * @param maxRows the most rows one file may hold; counting stops at the first row over the limit
 * @param directory where uploaded files wait between the dry run and the commit; empty means the system's
 *     temporary directory
 * @param inlineRows files of at most this many rows are committed while the browser waits, straight to
 *     the result; larger ones show a progress page
 */
@Validated
@ConfigurationProperties("factline.import")
record ImportProperties(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("200000") @Min(1) int maxRows,
        @DefaultValue("") String directory,
        @DefaultValue("2000") @Min(0) int inlineRows) {}
