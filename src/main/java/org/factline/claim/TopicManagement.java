package org.factline.claim;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.shared.AuditHistory;
import org.factline.shared.Change;
import org.factline.shared.Slugs;
import org.factline.shared.WorkflowException;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Topics kept tidy: named and described in English and Bahasa Indonesia, renamed (the old address leading
 * to the new one), merged (the claims move, each in its history, and the merged topic's addresses lead to
 * the topic kept). Every change is audited and reaches the reader pages that show the topic.
 */
@Service
@Transactional(readOnly = true)
public class TopicManagement {

    private final Topics topics;
    private final Claims claims;
    private final EntityManager entityManager;

    TopicManagement(Topics topics, Claims claims, EntityManager entityManager) {
        this.topics = topics;
        this.claims = claims;
        this.entityManager = entityManager;
    }

    /** The topics not merged into another, by English name; those whose name holds {@code text}, if given. */
    public List<Topic> list(String text) {
        return text == null || text.isBlank() ? topics.findLive() : topics.search(text.strip());
    }

    public Optional<Topic> findById(long id) {
        return topics.findById(id);
    }

    /** How many claims have this topic. */
    public long claimCount(long id) {
        return topics.countClaims(id);
    }

    /** Every recorded change of the topic, oldest first. */
    public List<Change> history(long id) {
        return AuditHistory.changes(
                entityManager, Topic.class, "topic", AuditEntity.id().eq(id), value -> value);
    }

    /**
     * Where an address that is no longer a topic's own leads: from a name the topic had before it was
     * renamed, or from a topic merged into another, to the topic as it is now. Empty for a topic's own
     * address and for an address no topic ever had.
     */
    public Optional<Topic> movedTo(String slug) {
        var own = topics.findBySlug(slug);
        if (own.isPresent() && !own.get().isMerged()) {
            return Optional.empty();
        }
        return own.or(() -> topics.findByFormerSlug(slug).flatMap(topics::findById))
                .map(this::live)
                .filter(topic -> !topic.getSlug().equals(slug));
    }

    /**
     * Saves the desk's edit of a topic opened at {@code expectedVersion}. A new English name renames it: its
     * address follows, and the old one leads to the new. Refused, naming the fields and changing nothing,
     * when the English name is missing or another topic's, or a text is too long; refused as a whole when
     * the topic was merged or someone saved it meanwhile.
     */
    @Transactional
    public Topic edit(long id, long expectedVersion, TopicEdit edit) {
        var topic = topics.findById(id).orElseThrow(() -> new WorkflowException("topic.error.notFound"));
        var clean = edit.cleaned();
        var slug = clean.name() == null ? null : Slugs.of(clean.name());
        var problems = problems(clean);
        if (slug != null && !slug.equals(topic.getSlug()) && !problems.containsKey("name") && takenBy(slug, id)) {
            problems.put("name", "topic.error.nameTaken");
        }
        if (!problems.isEmpty()) {
            throw WorkflowException.onFields(problems);
        }
        if (topic.isMerged()) {
            throw new WorkflowException("topic.error.merged");
        }
        if (topic.getVersion() != expectedVersion) {
            throw new WorkflowException("topic.error.savedMeanwhile");
        }
        if (!slug.equals(topic.getSlug())) {
            // the old address leads here; a name the topic had before and has again is its own address again
            topics.forgetFormerSlug(slug);
            topics.keepFormerSlug(topic.getSlug(), id);
        }
        topic.edit(clean, slug);
        return topics.saveAndFlush(topic);
    }

    /**
     * Merges one topic into another: the claims that have it have the kept one instead (each change in the
     * claim's history, and on its public page), and the merged topic's addresses, its own and its former
     * ones, lead to the kept topic's page. An editor's step. Refused when both are one, or either was merged.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Topic merge(long keptId, long goneId) {
        if (keptId == goneId) {
            throw WorkflowException.onField("into", "topic.error.mergeSelf");
        }
        var kept = topics.findById(keptId).orElseThrow(() -> new WorkflowException("topic.error.notFound"));
        var gone = topics.findById(goneId).orElseThrow(() -> new WorkflowException("topic.error.notFound"));
        if (kept.isMerged() || gone.isMerged()) {
            throw WorkflowException.onField("into", "topic.error.merged");
        }
        for (var claim : claims.findByTopic(goneId)) {
            claim.moveTopic(gone, kept);
            claims.saveAndFlush(claim);
        }
        topics.moveFormerSlugs(goneId, keptId);
        topics.redirectMerged(goneId, keptId);
        gone.mergeInto(kept);
        topics.saveAndFlush(gone);
        return kept;
    }

    /**
     * The topic a name typed on a claim form means: the one with this address (or who had it before a rename
     * or a merge), or the one named so in either language; a new topic when there is none.
     */
    Topic named(String name) {
        var typed = name.strip();
        var slug = Slugs.of(typed);
        return topics.findBySlug(slug)
                .or(() -> topics.findByFormerSlug(slug).flatMap(topics::findById))
                .or(() -> topics.findByEitherName(typed).stream().findFirst())
                .map(this::live)
                .orElseGet(() -> topics.save(new Topic(slug, typed)));
    }

    private Topic live(Topic topic) {
        var current = topic;
        for (int hops = 0; current.isMerged() && hops < 100; hops++) {
            current = topics.findById(current.getMergedIntoId()).orElseThrow();
        }
        return current;
    }

    /** Whether another topic has this address, or had it before a rename. */
    private boolean takenBy(String slug, long id) {
        return topics.findBySlug(slug).isPresent()
                || topics.findByFormerSlug(slug).filter(owner -> owner != id).isPresent();
    }

    private static Map<String, String> problems(TopicEdit edit) {
        var problems = new LinkedHashMap<String, String>();
        if (edit.name() == null) {
            problems.put("name", "validation.required");
        } else if (tooLong(edit.name(), Topic.NAME_MAX)) {
            problems.put("name", "topic.error.tooLong");
        }
        if (tooLong(edit.nameIndonesian(), Topic.NAME_MAX)) {
            problems.put("nameIndonesian", "topic.error.tooLong");
        }
        if (tooLong(edit.description(), Topic.DESCRIPTION_MAX)) {
            problems.put("description", "topic.error.tooLong");
        }
        if (tooLong(edit.descriptionIndonesian(), Topic.DESCRIPTION_MAX)) {
            problems.put("descriptionIndonesian", "topic.error.tooLong");
        }
        return problems;
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.codePointCount(0, text.length()) > max;
    }
}
