package org.factline.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the dry run found, small enough to keep for the page: the problems, what a commit would create,
 * and what each of the first rows matched. Public only so that the templates can read it; no other
 * module uses it.
 *
 * @param fatal the file as a whole cannot be read: nothing of it can be imported
 * @param rejectedRows rows with a problem, left out when the valid rows are imported
 * @param appearanceCount appearances recorded at once
 * @param proposedCount appearances of published claims that will wait for review in the claim's update
 * @param rows the first rows, each with the speaker and article it matched and what becomes of it
 * @param updates the rows that will wait for review in an update of a published claim
 */
public record Preview(
        String fileName,
        Mode mode,
        long rowCount,
        List<Problem> problems,
        long problemCount,
        boolean fatal,
        long rejectedRows,
        int newSpeakerCount,
        List<String> newSpeakers,
        int newArticleCount,
        List<String> newArticles,
        int newClaimCount,
        List<ClaimLine> newClaims,
        int appearanceCount,
        int proposedCount,
        int appearancesOnExistingClaims,
        int alreadyPresent,
        List<RowLine> rows,
        List<RowLine> updates,
        List<Problem> planProblems) {

    static final int SHOWN = 50;

    public record ClaimLine(long line, String speaker, String text) {}

    /**
     * A row as the import reads it.
     *
     * @param speaker as the file names them
     * @param matchedSpeaker the name of the speaker it matched, null for a new speaker
     * @param articleTitle the title of the article recorded at its address, null for a new article
     * @param action what becomes of it: new-claim, existing-claim, update, present or rejected
     * @param claimId the claim it adds to, when recorded already
     */
    public record RowLine(
            long line,
            String speaker,
            String matchedSpeaker,
            String articleUrl,
            String articleTitle,
            String action,
            Long claimId) {

        /** Whether the speaker was found under another name (an alias, or a merged speaker's name). */
        public boolean byAlias() {
            return matchedSpeaker != null && !matchedSpeaker.equalsIgnoreCase(speaker);
        }
    }

    static Preview of(String fileName, Mode mode, CsvImportReader.Result read) {
        return new Preview(
                fileName,
                mode,
                read.rowCount(),
                read.problems(),
                read.problemCount(),
                true,
                read.rowCount(),
                0,
                List.of(),
                0,
                List.of(),
                0,
                List.of(),
                0,
                0,
                0,
                0,
                List.of(),
                List.of(),
                List.of());
    }

    static Preview of(String fileName, Mode mode, CsvImportReader.Result read, Plan plan) {
        var problems = new ArrayList<>(read.problems());
        problems.addAll(plan.problems());
        problems.sort(Comparator.comparingLong(Problem::line));
        return new Preview(
                fileName,
                mode,
                read.rowCount(),
                List.copyOf(problems.subList(0, Math.min(problems.size(), CsvImportReader.MAX_PROBLEMS_KEPT))),
                read.problemCount() + plan.problems().size(),
                false,
                read.rejectedRows() + plan.problems().size(),
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
                plan.recorded().size(),
                plan.proposed().size(),
                plan.appearancesOnExistingClaims(),
                plan.alreadyPresent(),
                plan.rows().stream().limit(SHOWN).map(row -> line(plan, row)).toList(),
                plan.rows().stream()
                        .filter(row -> row.action() == Plan.Action.UPDATE)
                        .limit(SHOWN)
                        .map(row -> line(plan, row))
                        .toList(),
                plan.problems());
    }

    private static RowLine line(Plan plan, Plan.RowPlan row) {
        var importRow = row.row();
        return new RowLine(
                importRow.line(),
                importRow.speaker(),
                row.speakerId() == null ? null : plan.speakerNames().get(row.speakerId()),
                importRow.articleUrl(),
                plan.articleTitles().get(importRow.normalizedUrl()),
                row.action().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                row.claimId());
    }

    public boolean ok() {
        return problemCount == 0;
    }

    /** Whether committing would write anything at all. */
    public boolean hasWork() {
        return newSpeakerCount + newArticleCount + newClaimCount + appearanceCount + proposedCount > 0;
    }

    /** The rows that can be imported. */
    public long validRows() {
        return rowCount - rejectedRows;
    }

    /** Whether the file may be committed in this mode. */
    public boolean committable() {
        return !fatal && hasWork() && (mode == Mode.VALID || ok());
    }

    /** Whether importing the valid rows instead would write something (the file has bad rows, not only). */
    public boolean validRowsWouldWork() {
        return !fatal && !ok() && hasWork();
    }
}
