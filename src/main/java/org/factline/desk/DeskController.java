package org.factline.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimStatus;
import org.factline.claim.ClaimUpdate;
import org.factline.claim.ClaimUpdateManagement;
import org.factline.evidence.EvidenceManagement;
import org.factline.filter.ClaimFilter;
import org.factline.speaker.SpeakerManagement;
import org.factline.verdict.Rating;
import org.factline.verdict.Verdict;
import org.factline.verdict.VerdictManagement;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The editor's desk: what waits for me, my drafts, the direct quotes their article's stored text does not
 * hold, and every claim with filters kept in the URL.
 */
@Controller
class DeskController {

    static final String VIEW = "desk/index";
    static final String BAD_FILTER_VIEW = "error/400";
    private static final int LIMIT = 200;
    private static final int QUOTE_MISMATCHES_SHOWN = 50;

    private final ClaimManagement claims;
    private final VerdictManagement verdicts;
    private final EvidenceManagement evidence;
    private final SpeakerManagement speakers;
    private final ClaimUpdateManagement updates;

    DeskController(
            ClaimManagement claims,
            VerdictManagement verdicts,
            EvidenceManagement evidence,
            SpeakerManagement speakers,
            ClaimUpdateManagement updates) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.evidence = evidence;
        this.speakers = speakers;
        this.updates = updates;
    }

    /** An update of a published claim waiting for review, with its claim. */
    record UpdateRow(Claim claim, ClaimUpdate update) {}

    record Row(Claim claim, Verdict verdict, long sources) {}

    @GetMapping("/desk")
    String desk(
            @AuthenticationPrincipal FactlineUser user,
            ClaimFilter.Parameters parameters,
            Model model,
            HttpServletResponse response) {
        var ratingCodes = verdicts.scales().stream()
                .flatMap(scale -> scale.getRatings().stream())
                .map(Rating::getCode)
                .collect(Collectors.toSet());
        var filter = ClaimFilter.read(parameters, ClaimFilter.Audience.DESK, ratingCodes, user.userId());
        if (filter.invalid()) {
            // a link that cannot be understood, answered as a mistyped desk address always was
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", filter.problems().get(0));
            return BAD_FILTER_VIEW;
        }
        var listed = claims.desk(filter, LIMIT);

        var myDrafts = claims.desk(
                ClaimFilter.none().withStatus(ClaimStatus.DRAFT.name()).byAuthor(user.userId()), 20);
        var waiting = user.hasRole(Role.EDITOR) ? verdicts.waitingForReviewBy(user.userId()) : List.<Verdict>of();
        var published = verdicts.recentlyPublished(10);
        var updatesWaiting =
                user.hasRole(Role.EDITOR) ? updates.waitingForReviewBy(user.userId()) : List.<ClaimUpdate>of();

        var ids = new LinkedHashSet<Long>();
        listed.forEach(c -> ids.add(c.getId()));
        myDrafts.forEach(c -> ids.add(c.getId()));
        waiting.forEach(v -> ids.add(v.getClaimId()));
        published.forEach(v -> ids.add(v.getClaimId()));
        var latest = verdicts.latestVerdicts(ids);
        var sourceCounts = evidence.countsFor(ids);
        var claimsById = new java.util.HashMap<Long, Claim>();
        listed.forEach(c -> claimsById.put(c.getId(), c));
        myDrafts.forEach(c -> claimsById.put(c.getId(), c));
        // claims behind the review queue and recent publications, in one query rather than one each
        var missing = new LinkedHashSet<Long>();
        waiting.forEach(v -> missing.add(v.getClaimId()));
        published.forEach(v -> missing.add(v.getClaimId()));
        updatesWaiting.forEach(u -> missing.add(u.getClaimId()));
        missing.removeAll(claimsById.keySet());
        claims.findWithSpeakers(missing).forEach(c -> claimsById.put(c.getId(), c));

        model.addAttribute(
                "rows",
                listed.stream()
                        .map(c -> new Row(c, latest.get(c.getId()), sourceCounts.getOrDefault(c.getId(), 0L)))
                        .toList());
        model.addAttribute("truncated", listed.size() == LIMIT);
        model.addAttribute(
                "myDrafts",
                myDrafts.stream()
                        .map(c -> new Row(c, latest.get(c.getId()), sourceCounts.getOrDefault(c.getId(), 0L)))
                        .toList());
        model.addAttribute(
                "waiting",
                waiting.stream()
                        .map(v -> new Row(
                                claimsById.get(v.getClaimId()), v, sourceCounts.getOrDefault(v.getClaimId(), 0L)))
                        .toList());
        model.addAttribute(
                "published",
                published.stream()
                        .map(v -> new Row(
                                claimsById.get(v.getClaimId()), v, sourceCounts.getOrDefault(v.getClaimId(), 0L)))
                        .toList());
        model.addAttribute(
                "updatesWaiting",
                updatesWaiting.stream()
                        .map(u -> new UpdateRow(claimsById.get(u.getClaimId()), u))
                        .toList());
        model.addAttribute("quoteMismatches", claims.quoteMismatches(QUOTE_MISMATCHES_SHOWN));
        model.addAttribute("counts", claims.countsByStatus());
        model.addAttribute("speakers", speakers.all());
        model.addAttribute("topics", claims.allTopics());
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute(
                "filter",
                new Filter(
                        filter.q(),
                        filter.status(),
                        filter.speaker(),
                        filter.topic(),
                        filter.rating(),
                        filter.from(),
                        filter.to(),
                        filter.mine(),
                        filter.sort(),
                        filter.ascending() ? "asc" : "desc"));
        return VIEW;
    }

    /** The filter as the desk's form and its column links write it back. */
    record Filter(
            String q,
            String status,
            String speaker,
            String topic,
            String rating,
            LocalDate from,
            LocalDate to,
            boolean mine,
            String sort,
            String dir) {}
}
