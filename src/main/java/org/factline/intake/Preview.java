package org.factline.intake;

import java.util.List;

/**
 * What the dry run found, small enough to keep for the page: the problems, or what a commit would
 * create. Public only so that the templates can read it; no other module uses it.
 */
public record Preview(
        String fileName,
        long rowCount,
        List<Problem> problems,
        long problemCount,
        int newSpeakerCount,
        List<String> newSpeakers,
        int newArticleCount,
        List<String> newArticles,
        int newClaimCount,
        List<ClaimLine> newClaims,
        int appearanceCount,
        int appearancesOnExistingClaims,
        int alreadyPresent) {

    static final int SHOWN = 50;

    public record ClaimLine(long line, String speaker, String text) {}

    static Preview of(String fileName, CsvImportReader.Result read) {
        return new Preview(
                fileName,
                read.rowCount(),
                read.problems(),
                read.problemCount(),
                0,
                List.of(),
                0,
                List.of(),
                0,
                List.of(),
                0,
                0,
                0);
    }

    static Preview of(String fileName, CsvImportReader.Result read, Plan plan) {
        return new Preview(
                fileName,
                read.rowCount(),
                List.of(),
                0,
                plan.newSpeakers().size(),
                plan.newSpeakers().values().stream()
                        .limit(SHOWN)
                        .map(ImportRow::speaker)
                        .toList(),
                plan.newArticles().size(),
                plan.newArticles().values().stream()
                        .limit(SHOWN)
                        .map(ImportRow::articleUrl)
                        .toList(),
                plan.newClaims().size(),
                plan.newClaims().values().stream()
                        .limit(SHOWN)
                        .map(row -> new ClaimLine(row.line(), row.speaker(), row.claimText()))
                        .toList(),
                plan.appearances().size(),
                plan.appearancesOnExistingClaims(),
                plan.alreadyPresent());
    }

    public boolean ok() {
        return problemCount == 0;
    }

    /** Whether committing would write anything at all. */
    public boolean hasWork() {
        return newSpeakerCount + newArticleCount + newClaimCount + appearanceCount > 0;
    }
}
