package org.factline.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The editor's desk: what waits for my review (whose, since when, oldest first), what was sent back to me
 * with the reviewer's comment, what is assigned to me, my drafts, the direct quotes their article's stored
 * text does not hold, and every claim, a page at a time, with filters, words and order kept in the URL and
 * boxes to assign many at once.
 */
@Controller
class DeskController {

    static final String VIEW = "desk/index";
    static final String BAD_FILTER_VIEW = "error/400";
    private static final int QUOTE_MISMATCHES_SHOWN = 50;
    private static final int ASSIGNED_SHOWN = 20;

    /** The page sizes of the list. */
    static final List<Integer> SIZES = List.of(25, 50, 100, 200);

    static final int DEFAULT_PAGE_SIZE = 50;

    private final ClaimManagement claims;
    private final VerdictManagement verdicts;
    private final EvidenceManagement evidence;
    private final SpeakerManagement speakers;
    private final ClaimUpdateManagement updates;
    private final Colleagues colleagues;
    private final MessageSource messages;
    private final Clock clock;

    DeskController(
            ClaimManagement claims,
            VerdictManagement verdicts,
            EvidenceManagement evidence,
            SpeakerManagement speakers,
            ClaimUpdateManagement updates,
            Colleagues colleagues,
            MessageSource messages,
            Clock clock) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.evidence = evidence;
        this.speakers = speakers;
        this.updates = updates;
        this.colleagues = colleagues;
        this.messages = messages;
        this.clock = clock;
    }

    record Row(Claim claim, Verdict verdict, long sources) {}

    @GetMapping("/desk")
    String desk(
            @AuthenticationPrincipal FactlineUser user,
            ClaimFilter.Parameters parameters,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String translation,
            @RequestParam(required = false) String size,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        var ratingCodes = verdicts.scales().stream()
                .flatMap(scale -> scale.getRatings().stream())
                .map(Rating::getCode)
                .collect(Collectors.toSet());
        var everyone = colleagues.all();
        var filter = ClaimFilter.read(parameters, ClaimFilter.Audience.DESK, ratingCodes, user.userId())
                .withAssignee(
                        assignee,
                        everyone.stream().map(Colleagues.Colleague::id).collect(Collectors.toSet()))
                .withTranslation(translation);
        var pageSize = pageSize(size);
        if (filter.invalid() || pageSize == null) {
            // a link that cannot be understood, answered as a mistyped desk address always was
            return badAddress(
                    filter.invalid()
                            ? filter.problems().get(0)
                            : new ClaimFilter.Problem("size", size, "desk.problem.size"),
                    model,
                    response);
        }
        var listed = claims.deskPage(filter, pageSize);
        int pages = (int) Math.max(1, (listed.total() + pageSize - 1) / pageSize);
        if (filter.page() >= pages) {
            return badAddress(
                    new ClaimFilter.Problem("page", parameters.page(), "desk.problem.pageBeyond"), model, response);
        }

        var myDrafts = claims.desk(
                ClaimFilter.none().withStatus(ClaimStatus.DRAFT.name()).byAuthor(user.userId()), 20);
        var assignedToMe = claims.desk(ClaimFilter.none().withAssignee(user.userId()), ASSIGNED_SHOWN);
        var waiting = user.hasRole(Role.EDITOR) ? verdicts.waitingForReviewBy(user.userId()) : List.<Verdict>of();
        var published = verdicts.recentlyPublished(10);
        var updatesWaiting =
                user.hasRole(Role.EDITOR) ? updates.waitingForReviewBy(user.userId()) : List.<ClaimUpdate>of();
        var verdictsSentBack = verdicts.sentBackTo(user.userId());
        var updatesSentBack = updates.sentBackTo(user.userId());

        var claimsById = new HashMap<Long, Claim>();
        listed.claims().forEach(c -> claimsById.put(c.getId(), c));
        myDrafts.forEach(c -> claimsById.put(c.getId(), c));
        assignedToMe.forEach(c -> claimsById.put(c.getId(), c));
        // claims behind the review queue, sent-back work and recent publications, in one query rather than one each
        var missing = new LinkedHashSet<Long>();
        waiting.forEach(v -> missing.add(v.getClaimId()));
        published.forEach(v -> missing.add(v.getClaimId()));
        updatesWaiting.forEach(u -> missing.add(u.getClaimId()));
        verdictsSentBack.forEach(v -> missing.add(v.getClaimId()));
        updatesSentBack.forEach(u -> missing.add(u.getClaimId()));
        missing.removeAll(claimsById.keySet());
        claims.findWithSpeakers(missing).forEach(c -> claimsById.put(c.getId(), c));
        var latest = verdicts.latestVerdicts(claimsById.keySet());
        var sourceCounts = evidence.countsFor(claimsById.keySet());

        var people = new HashSet<Long>();
        claimsById.values().forEach(c -> people.add(c.getAssignedTo()));
        waiting.forEach(v -> people.add(v.getAuthorId()));
        updatesWaiting.forEach(u -> people.add(u.getAuthorId()));
        verdictsSentBack.forEach(v -> people.add(v.getReviewerId()));
        updatesSentBack.forEach(u -> people.add(u.getReviewerId()));
        var names = colleagues.names(people);
        var now = clock.instant();

        Function<Claim, Row> row = c -> new Row(c, latest.get(c.getId()), sourceCounts.getOrDefault(c.getId(), 0L));
        model.addAttribute("rows", listed.claims().stream().map(row).toList());
        model.addAttribute("total", listed.total());
        model.addAttribute("pages", pages);
        model.addAttribute("pageSize", pageSize);
        model.addAttribute("sizes", SIZES);
        model.addAttribute("myDrafts", myDrafts.stream().map(row).toList());
        model.addAttribute("assignedToMe", assignedToMe.stream().map(row).toList());
        model.addAttribute(
                "waiting",
                waiting.stream()
                        .map(v -> new QueueRow(
                                claimsById.get(v.getClaimId()),
                                v,
                                null,
                                names.get(v.getAuthorId()),
                                v.getSubmittedAt(),
                                waited(v.getSubmittedAt(), now, locale)))
                        .toList());
        model.addAttribute(
                "updatesWaiting",
                updatesWaiting.stream()
                        .map(u -> new QueueRow(
                                claimsById.get(u.getClaimId()),
                                null,
                                u,
                                names.get(u.getAuthorId()),
                                u.getSubmittedAt(),
                                waited(u.getSubmittedAt(), now, locale)))
                        .toList());
        var sentBack = new ArrayList<SentBack>();
        verdictsSentBack.forEach(v -> sentBack.add(new SentBack(
                claimsById.get(v.getClaimId()), "verdict", names.get(v.getReviewerId()), v.getReviewComment())));
        updatesSentBack.forEach(u -> sentBack.add(new SentBack(
                claimsById.get(u.getClaimId()), "update", names.get(u.getReviewerId()), u.getReviewComment())));
        model.addAttribute("sentBack", sentBack);
        model.addAttribute(
                "sentBackClaims", sentBack.stream().map(b -> b.claim().getId()).collect(Collectors.toSet()));
        model.addAttribute(
                "published",
                published.stream()
                        .map(v -> new Row(
                                claimsById.get(v.getClaimId()), v, sourceCounts.getOrDefault(v.getClaimId(), 0L)))
                        .toList());
        model.addAttribute("people", names);
        model.addAttribute("colleagues", everyone);
        model.addAttribute("quoteMismatches", claims.quoteMismatches(QUOTE_MISMATCHES_SHOWN));
        model.addAttribute("counts", claims.countsByStatus());
        model.addAttribute("translationMissing", claims.count(ClaimFilter.none().withTranslationMissing(true)));
        model.addAttribute("speakers", speakers.all());
        model.addAttribute("topics", claims.allTopics());
        model.addAttribute("ratings", ratings());
        model.addAttribute("statuses", ClaimStatus.values());
        var shown = new Filter(
                filter.q(),
                filter.status(),
                filter.speaker(),
                filter.topic(),
                filter.rating(),
                filter.from(),
                filter.to(),
                filter.mine(),
                filter.sort(),
                filter.ascending() ? "asc" : "desc",
                filter.assignee() == null
                        ? null
                        : filter.assignee() == ClaimFilter.UNASSIGNED
                                ? "none"
                                : filter.assignee().toString(),
                filter.translationMissing(),
                pageSize,
                filter.page());
        model.addAttribute("filter", shown);
        return VIEW;
    }

    /** The rating codes of every scale, each once, with its label, for the filter's choice. */
    private List<Rating> ratings() {
        var seen = new HashSet<String>();
        return verdicts.scales().stream()
                .flatMap(scale -> scale.getRatings().stream())
                .filter(rating -> seen.add(rating.getCode()))
                .toList();
    }

    private static Integer pageSize(String size) {
        if (size == null || size.isBlank()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int value = Integer.parseInt(size.strip());
            return SIZES.contains(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String badAddress(ClaimFilter.Problem problem, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", problem);
        return BAD_FILTER_VIEW;
    }

    /** How long something has waited, in the largest units that say it: "2 days 3 hours", "40 minutes". */
    private String waited(Instant since, Instant now, Locale locale) {
        if (since == null) {
            return "";
        }
        var duration = Duration.between(since, now);
        if (duration.isNegative()) {
            duration = Duration.ZERO;
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return messages.getMessage("desk.waited.daysHours", new Object[] {days, hours}, locale);
        }
        if (hours > 0) {
            return messages.getMessage("desk.waited.hoursMinutes", new Object[] {hours, minutes}, locale);
        }
        return messages.getMessage("desk.waited.minutes", new Object[] {minutes}, locale);
    }

    /** A verdict or update in the review queue: whose, submitted when, waiting how long. */
    record QueueRow(
            Claim claim, Verdict verdict, ClaimUpdate update, String author, Instant submittedAt, String waited) {}

    /** Work sent back to me: the claim, what was sent back (verdict or update), by whom, with what comment. */
    record SentBack(Claim claim, String what, String reviewer, String comment) {}

    /** The links of the list: the same filter sorted by a column, or another of its pages. */
    static String link(Filter filter, String sort, String dir, int page) {
        var builder = UriComponentsBuilder.fromPath("/desk");
        add(builder, "q", filter.q());
        add(builder, "status", filter.status() == null ? null : filter.status().toLowerCase(Locale.ROOT));
        add(builder, "speaker", filter.speaker());
        add(builder, "topic", filter.topic());
        add(builder, "rating", filter.rating());
        add(builder, "from", filter.from() == null ? null : filter.from().toString());
        add(builder, "to", filter.to() == null ? null : filter.to().toString());
        add(builder, "mine", filter.mine() ? "true" : null);
        add(builder, "assignee", filter.assignee());
        add(builder, "translation", filter.translationMissing() ? "missing" : null);
        add(builder, "sort", sort);
        add(builder, "dir", dir);
        add(builder, "size", filter.size() == DEFAULT_PAGE_SIZE ? null : String.valueOf(filter.size()));
        add(builder, "page", page == 0 ? null : String.valueOf(page));
        return builder.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder builder, String name, String value) {
        if (value != null && !value.isEmpty()) {
            builder.queryParam(name, value);
        }
    }

    /** The filter as the desk's form and its column and page links write it back. */
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
            String dir,
            String assignee,
            boolean translationMissing,
            int size,
            int page) {

        /** This page sorted by the column: the other way round when it is already sorted by it. */
        public String sortedBy(String column, String firstDir) {
            var next = column.equals(sort) ? ("asc".equals(dir) ? "desc" : "asc") : firstDir;
            return link(this, column, next, 0);
        }

        /** Another page of the same list, in the same order. */
        public String page(int number) {
            return link(this, sort, dir, number);
        }

        /** The query string of this page, for a form that comes back to it. */
        public String query() {
            var link = page(page);
            int at = link.indexOf('?');
            return at < 0 ? "" : link.substring(at);
        }
    }
}
