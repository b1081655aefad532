package org.factline.intake;

import java.util.List;
import java.util.Map;

/**
 * What an import will do, worked out against the database: which speakers, articles and claims are
 * new, which rows add an appearance to a claim we already have, and which rows are already present
 * (same normalised article URL, speaker and quote) and are skipped.
 *
 * @param speakerIds existing speakers by {@link ImportRow#speakerKey()}
 * @param newSpeakers new speakers by key, each with the first row that names them
 * @param articleIds existing articles by normalised URL
 * @param newArticles new articles by normalised URL, each with the first row that cites them
 * @param newClaims new claims by {@link ImportRow#claimKey()}, each with its first row
 * @param appearances the appearances to record, in file order
 */
record Plan(
        Map<String, Long> speakerIds,
        Map<String, ImportRow> newSpeakers,
        Map<String, Long> articleIds,
        Map<String, ImportRow> newArticles,
        Map<String, ImportRow> newClaims,
        List<PlannedAppearance> appearances,
        int appearancesOnExistingClaims,
        int alreadyPresent) {

    /** An appearance to record: of an existing claim (its id) or of a claim this import creates. */
    record PlannedAppearance(ImportRow row, Long existingClaimId) {}

    long work() {
        return (long) newSpeakers.size() + newArticles.size() + newClaims.size() + appearances.size();
    }
}
