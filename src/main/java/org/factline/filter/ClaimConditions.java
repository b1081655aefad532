package org.factline.filter;

import java.util.HashMap;
import java.util.Map;

/**
 * The SQL conditions of a {@link ClaimFilter}, written in one place for every statement that lists claims:
 * {@code " and …"} clauses to append to a {@code where}, and their bind parameters. The statement names the
 * claim {@code c} and its speaker {@code s}, and says which claims it reads ({@link Tables}).
 *
 * <p>{@code q} has one meaning everywhere, search's: the query read term by term ({@link SearchTerms})
 * matches a claim's search document, which holds its summary, speaker, words as said and translated,
 * quotes and published verdict, stemmed in English and Indonesian and word for word, without accents.
 * Published claims are looked up in the search index ({@code search_document}); a claim that readers cannot
 * see (a draft, an archived claim) has no indexed document, so on the desk its document is computed as the
 * index would hold it ({@code search_document_of}, the function that fills the index), with the same
 * reading of the query.
 */
public record ClaimConditions(String sql, Map<String, Object> parameters) {

    /** What the statement reads, and so how a condition can be written against it. */
    public enum Tables {
        /** Published claims {@code c}, their speakers {@code s} and the ratings {@code r} of their published verdicts. */
        PUBLISHED_WITH_RATING,
        /** Published claims {@code c} and their speakers {@code s}. */
        PUBLISHED,
        /** Claims {@code c} of any status (the desk) and their speakers {@code s}. */
        ANY_STATUS
    }

    /** The conditions of the filter, {@code q} among them. */
    public static ClaimConditions of(ClaimFilter filter, Tables tables) {
        return of(filter, tables, true);
    }

    /** The conditions of the filter but {@code q}, for a statement that matches the query itself (search). */
    public static ClaimConditions withoutQuery(ClaimFilter filter, Tables tables) {
        return of(filter, tables, false);
    }

    private static ClaimConditions of(ClaimFilter filter, Tables tables, boolean query) {
        var where = new StringBuilder();
        var parameters = new HashMap<String, Object>();
        if (filter.status() != null && tables == Tables.ANY_STATUS) {
            where.append(" and c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.author() != null) {
            where.append(" and c.created_by = :author");
            parameters.put("author", filter.author());
        }
        if (filter.assignee() != null && tables == Tables.ANY_STATUS) {
            if (filter.assignee() == ClaimFilter.UNASSIGNED) {
                where.append(" and c.assigned_to is null");
            } else {
                where.append(" and c.assigned_to = :assignee");
                parameters.put("assignee", filter.assignee());
            }
        }
        if (filter.translationMissing() && tables == Tables.ANY_STATUS) {
            // a text the newsroom writes in both languages written in one only: the headline, or the
            // conclusion or reasons of the verdict readers see or of the one being written
            where.append(" and ((c.summary is null) <> (c.summary_id is null)"
                    + " or exists (select 1 from verdict tv where tv.claim_id = c.id"
                    + " and tv.status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED')"
                    + " and ((tv.summary is null) <> (tv.summary_id is null)"
                    + " or (tv.rationale is null) <> (tv.rationale_id is null))))");
        }
        if (query && filter.q() != null) {
            var terms = SearchTerms.of(filter.q(), "term");
            var match = terms.match("q");
            boolean unpublished = tables == Tables.ANY_STATUS && !"PUBLISHED".equals(filter.status());
            if (unpublished) {
                where.append(" and (c.id in (select fd.claim_id from search_document fd where fd.document @@ ")
                        .append(match)
                        .append(") or c.status <> 'PUBLISHED' and search_document_of(c.id) @@ ")
                        .append(match)
                        .append(")");
            } else {
                where.append(" and c.id in (select fd.claim_id from search_document fd where fd.document @@ ")
                        .append(match)
                        .append(")");
            }
            parameters.put("q", filter.q());
            parameters.putAll(terms.parameters());
        }
        if (filter.speaker() != null) {
            where.append(" and s.slug = :speaker");
            parameters.put("speaker", filter.speaker());
        }
        if (filter.topic() != null) {
            where.append(" and exists (select 1 from claim_topic ct join topic t on t.id = ct.topic_id"
                    + " where ct.claim_id = c.id and t.slug = :topic)");
            parameters.put("topic", filter.topic());
        }
        if (filter.rating() != null) {
            if (tables == Tables.PUBLISHED_WITH_RATING) {
                where.append(" and r.code = :rating");
            } else {
                where.append(" and exists (select 1 from verdict fv join rating fr on fr.id = fv.rating_id"
                        + " where fv.claim_id = c.id and fv.status = 'PUBLISHED' and fr.code = :rating)");
            }
            parameters.put("rating", filter.rating());
        }
        if (filter.from() != null) {
            where.append(" and c.said_on >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and c.said_on <= :to");
            parameters.put("to", filter.to());
        }
        return new ClaimConditions(where.toString(), Map.copyOf(parameters));
    }

    /** The desk's order ({@link ClaimFilter#sort()}), latest id last among equals. */
    public static String order(ClaimFilter filter) {
        var column = switch (filter.sort()) {
            case "said" -> "c.said_on";
            case "speaker" -> "s.name";
            case "status" -> "c.status";
            default -> "c.updated_at";
        };
        return column + (filter.ascending() ? " asc" : " desc") + ", c.id desc";
    }
}
