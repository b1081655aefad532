package org.factline.intake;

import java.util.List;

/**
 * What a commit did: what it created, what it proposed for review and which rows it rejected, or why it
 * wrote nothing. Public only for the templates.
 *
 * @param problems when refused, why; when committed, the rows the database refused (the reader's refusals
 *     are the preview's)
 * @param rejected when committed, how many rows were left out (valid rows mode)
 * @param appearances appearances recorded at once
 * @param proposed appearances of published claims proposed in their updates, waiting for review
 * @param updatedClaims the published claims whose update holds an appearance from this import
 */
public record Outcome(
        boolean committed,
        List<Problem> problems,
        long rejected,
        int speakers,
        int articles,
        int claims,
        int appearances,
        int proposed,
        int alreadyPresent,
        List<CreatedClaim> createdClaims,
        List<Long> updatedClaims) {

    static final int LISTED = 200;

    public record CreatedClaim(long id, String speaker, String text) {}

    static Outcome refused(List<Problem> problems, long problemCount) {
        return new Outcome(false, problems, problemCount, 0, 0, 0, 0, 0, 0, List.of(), List.of());
    }

    /** How many problems refused the file. */
    public long problemCount() {
        return committed ? 0 : rejected;
    }
}
