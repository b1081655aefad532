package org.factline.intake;

import java.util.List;

/** What a commit did: what it created, or why it wrote nothing. Public only for the templates. */
public record Outcome(
        boolean committed,
        List<Problem> problems,
        long problemCount,
        int speakers,
        int articles,
        int claims,
        int appearances,
        int alreadyPresent,
        List<CreatedClaim> createdClaims) {

    static final int LISTED = 200;

    public record CreatedClaim(long id, String speaker, String text) {}

    static Outcome refused(List<Problem> problems, long problemCount) {
        return new Outcome(false, problems, problemCount, 0, 0, 0, 0, 0, List.of());
    }
}
