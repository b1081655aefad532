package org.factline.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.springframework.web.util.UriUtils;

/**
 * What the desk's list of reports is narrowed by, read from the query: {@code status} (new, in_progress,
 * resolved, dismissed), {@code assignee} ({@code me}, {@code none} or a person's id), {@code about}
 * ({@code claim} or {@code site}), {@code q} (words in the message, e-mail, note, page or the claim's
 * summary) and {@code page} (0-based). A value that cannot be understood is left out and named in
 * {@link #problems()}; the rest still applies.
 */
record ReportFilter(
        String status, String assignee, Long assigneeId, String about, String q, int page, List<Problem> problems) {

    static final List<String> STATUSES = List.of("new", "in_progress", "resolved", "dismissed");
    static final int MAX_PAGE = 10_000;
    static final int MAX_QUERY = 200;

    /** A parameter left out, with the message saying why. */
    record Problem(String parameter, String value, String messageKey) {}

    static ReportFilter read(
            String status, String assignee, String about, String q, String page, long me, LongPredicate isAssignee) {
        var problems = new ArrayList<Problem>();
        var readStatus = blank(status) ? "" : status.strip();
        if (!readStatus.isEmpty() && !STATUSES.contains(readStatus)) {
            problems.add(new Problem("status", status, "desk.reports.filter.badStatus"));
            readStatus = "";
        }
        var readAssignee = blank(assignee) ? "" : assignee.strip();
        Long assigneeId = null;
        if (readAssignee.equals("me")) {
            assigneeId = me;
        } else if (!readAssignee.isEmpty() && !readAssignee.equals("none")) {
            assigneeId = id(readAssignee);
            if (assigneeId == null || !isAssignee.test(assigneeId)) {
                problems.add(new Problem("assignee", assignee, "desk.reports.filter.badAssignee"));
                readAssignee = "";
                assigneeId = null;
            }
        }
        var readAbout = blank(about) ? "" : about.strip();
        if (!readAbout.isEmpty() && !readAbout.equals("claim") && !readAbout.equals("site")) {
            problems.add(new Problem("about", about, "desk.reports.filter.badAbout"));
            readAbout = "";
        }
        var readQ = q == null ? "" : q.replaceAll("\\p{Cc}", " ").strip();
        if (readQ.length() > MAX_QUERY) {
            readQ = readQ.substring(0, MAX_QUERY);
        }
        int readPage = 0;
        if (!blank(page)) {
            var number = id(page.strip());
            if (number == null || number > MAX_PAGE) {
                problems.add(new Problem("page", page, "desk.reports.filter.badPage"));
            } else {
                readPage = number.intValue();
            }
        }
        return new ReportFilter(
                readStatus, readAssignee, assigneeId, readAbout, readQ, readPage, List.copyOf(problems));
    }

    String where() {
        var conditions = new ArrayList<String>();
        if (!status.isEmpty()) {
            conditions.add("e.status = :status");
        }
        if (assignee.equals("none")) {
            conditions.add("e.assignee_id is null");
        } else if (assigneeId != null) {
            conditions.add("e.assignee_id = :assignee");
        }
        if (about.equals("claim")) {
            conditions.add("e.claim_id is not null");
        } else if (about.equals("site")) {
            conditions.add("e.claim_id is null");
        }
        if (!q.isEmpty()) {
            conditions.add(
                    "strpos(lower(concat_ws(' ', e.message, e.email, e.note, e.page, c.summary, c.summary_id)), lower(:q)) > 0");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        var parameters = new LinkedHashMap<String, Object>();
        if (!status.isEmpty()) {
            parameters.put("status", status);
        }
        if (assigneeId != null && !assignee.equals("none")) {
            parameters.put("assignee", assigneeId);
        }
        if (!q.isEmpty()) {
            parameters.put("q", q);
        }
        return parameters;
    }

    /** This filter's query string for another page, as the pager links it. */
    public String toQueryString(int otherPage) {
        var pairs = new ArrayList<String>();
        add(pairs, "status", status);
        add(pairs, "assignee", assignee);
        add(pairs, "about", about);
        add(pairs, "q", q);
        if (otherPage > 0) {
            add(pairs, "page", String.valueOf(otherPage));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static void add(List<String> pairs, String name, String value) {
        if (!value.isEmpty()) {
            pairs.add(name + "=" + UriUtils.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Long id(String value) {
        if (!value.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value);
    }
}
