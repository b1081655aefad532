package org.factline.desk;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimStatus;
import org.factline.claim.DeskQuery;
import org.factline.evidence.EvidenceManagement;
import org.factline.speaker.SpeakerManagement;
import org.factline.verdict.Verdict;
import org.factline.verdict.VerdictManagement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The editor's desk: what waits for me, my drafts, and every claim with filters kept in the URL. */
@Controller
class DeskController {

    static final String VIEW = "desk/index";
    private static final int LIMIT = 200;

    private final ClaimManagement claims;
    private final VerdictManagement verdicts;
    private final EvidenceManagement evidence;
    private final SpeakerManagement speakers;

    DeskController(
            ClaimManagement claims,
            VerdictManagement verdicts,
            EvidenceManagement evidence,
            SpeakerManagement speakers) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.evidence = evidence;
        this.speakers = speakers;
    }

    record Row(Claim claim, Verdict verdict, long sources) {}

    @GetMapping("/desk")
    String desk(
            @AuthenticationPrincipal FactlineUser user,
            @RequestParam(required = false) ClaimStatus status,
            @RequestParam(required = false) Long speaker,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "updated") String sort,
            @RequestParam(defaultValue = "desc") String dir,
            Model model) {
        var topicSlug = topic == null || topic.isBlank() ? null : topic;
        var query = new DeskQuery(
                status, speaker, topicSlug, from, to, mine ? user.userId() : null, sort, "asc".equals(dir));
        var listed = claims.desk(query, LIMIT);

        var myDrafts = claims.desk(
                new DeskQuery(ClaimStatus.DRAFT, null, null, null, null, user.userId(), "updated", false), 20);
        var waiting = user.hasRole(Role.EDITOR) ? verdicts.waitingForReviewBy(user.userId()) : List.<Verdict>of();
        var published = verdicts.recentlyPublished(10);

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
        model.addAttribute("counts", claims.countsByStatus());
        model.addAttribute("speakers", speakers.all());
        model.addAttribute("topics", claims.allTopics());
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("filter", new Filter(status, speaker, topicSlug, from, to, mine, sort, dir));
        return VIEW;
    }

    record Filter(
            ClaimStatus status,
            Long speaker,
            String topic,
            LocalDate from,
            LocalDate to,
            boolean mine,
            String sort,
            String dir) {}
}
