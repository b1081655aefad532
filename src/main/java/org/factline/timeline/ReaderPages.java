package org.factline.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.factline.account.AccountManagement;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.Source;
import org.factline.evidence.Stance;
import org.factline.verdict.Verdict;
import org.factline.verdict.VerdictManagement;
import org.factline.verdict.VerdictStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the read models of the public pages, each in one read-only transaction. */
@Service
@Transactional(readOnly = true)
class ReaderPages {

    private final ClaimManagement claims;
    private final EvidenceManagement evidence;
    private final VerdictManagement verdicts;
    private final AccountManagement accounts;

    ReaderPages(
            ClaimManagement claims,
            EvidenceManagement evidence,
            VerdictManagement verdicts,
            AccountManagement accounts) {
        this.claims = claims;
        this.evidence = evidence;
        this.verdicts = verdicts;
        this.accounts = accounts;
    }

    List<ClaimSummary> latest(int limit) {
        var published = claims.latestPublished(limit);
        var current =
                verdicts.currentVerdicts(published.stream().map(Claim::getId).toList());
        return published.stream()
                .map(claim -> new ClaimSummary(claim, claim.getSpeaker(), current.get(claim.getId())))
                .toList();
    }

    /** The page of a published claim; empty for drafts, archived and unknown claims alike. */
    Optional<ClaimPage> claimPage(long id) {
        return claims.findPublished(id).map(this::toPage);
    }

    private ClaimPage toPage(Claim claim) {
        var appearances = claim.getAppearances().stream()
                .map(a -> new ClaimPage.AppearanceView(
                        a.getArticle(),
                        a.getQuote(),
                        a.getQuotePrefix(),
                        a.getQuoteSuffix(),
                        a.getQuoteKind(),
                        a.chainFromOrigin()))
                .toList();

        var sources = new EnumMap<Stance, List<Source>>(Stance.class);
        for (var stance : Stance.values()) {
            sources.put(stance, new ArrayList<>());
        }
        evidence.sourcesOf(claim.getId())
                .forEach(source -> sources.get(source.getStance()).add(source));

        var history = verdicts.publicHistory(claim.getId());
        Verdict current = history.stream()
                .filter(v -> v.getStatus() == VerdictStatus.PUBLISHED)
                .findFirst()
                .orElse(null);
        var earlier = history.stream().filter(v -> v != current).toList();

        var peopleIds = new HashSet<Long>();
        history.forEach(v -> {
            peopleIds.add(v.getAuthorId());
            if (v.getReviewerId() != null) {
                peopleIds.add(v.getReviewerId());
            }
        });

        return new ClaimPage(
                claim,
                claim.getSpeaker(),
                claim.speakerRoleThen(),
                claim.getTopicList(),
                appearances,
                sources,
                current,
                earlier,
                accounts.displayNames(peopleIds));
    }
}
