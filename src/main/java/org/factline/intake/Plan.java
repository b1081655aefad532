package org.factline.intake;

import java.util.List;
import java.util.Map;

/**
 * What an import will do, worked out against the database: which speakers, articles and claims are
 * new, which rows add an appearance to a claim we already have (or, for a published claim, propose it in
 * the claim's update, to be reviewed), which rows are already present (same normalised article URL,
 * speaker and quote, recorded or waiting in an update) and are skipped, and which rows cannot be imported
 * as the database stands.
 *
 * @param speakerIds existing speakers by {@link ImportRow#speakerKey()}
 * @param speakerNames the names existing speakers go by, by id (an alias in the file finds its speaker)
 * @param newSpeakers new speakers by key, each with the first row that names them
 * @param articleIds existing articles by normalised URL
 * @param articleTitles existing articles' titles by normalised URL
 * @param newArticles new articles by normalised URL, each with the first row that cites them
 * @param newClaims new claims by {@link ImportRow#claimKey()}, each with its first row
 * @param appearances the appearances to record or propose, in file order
 * @param rows what becomes of each row checked, in file order
 * @param problems the rows that cannot be imported, with why
 */
record Plan(
        Map<String, Long> speakerIds,
        Map<Long, String> speakerNames,
        Map<String, ImportRow> newSpeakers,
        Map<String, Long> articleIds,
        Map<String, String> articleTitles,
        Map<String, ImportRow> newArticles,
        Map<String, ImportRow> newClaims,
        List<PlannedAppearance> appearances,
        int appearancesOnExistingClaims,
        int alreadyPresent,
        List<RowPlan> rows,
        List<Problem> problems) {

    /**
     * An appearance to record: of an existing claim (its id) or of a claim this import creates; one of a
     * published claim is proposed in the claim's update instead, for another editor to publish.
     */
    record PlannedAppearance(ImportRow row, Long existingClaimId, boolean ofPublishedClaim) {}

    /** What happens to a row. */
    enum Action {
        NEW_CLAIM,
        EXISTING_CLAIM,
        UPDATE,
        PRESENT,
        REJECTED
    }

    /** A row, what it matched, and what the import does with it. */
    record RowPlan(ImportRow row, Long speakerId, Action action, Long claimId) {}

    long work() {
        return (long) newSpeakers.size() + newArticles.size() + newClaims.size() + appearances.size();
    }

    /** The appearances proposed in updates of published claims, waiting for review. */
    List<PlannedAppearance> proposed() {
        return appearances.stream().filter(PlannedAppearance::ofPublishedClaim).toList();
    }

    /** The appearances written at once (of new claims and of claims not published). */
    List<PlannedAppearance> recorded() {
        return appearances.stream().filter(a -> !a.ofPublishedClaim()).toList();
    }
}
