package org.factline.report;

/**
 * A reader's report was stored, published within the transaction that stored it.
 *
 * @param claimId the claim it is about, or {@code null} for a report not tied to one fact-check
 */
public record ReaderReportReceived(long reportId, Long claimId) {}
