package org.factline.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import org.factline.shared.PublicContentChanged;
import org.hibernate.envers.Audited;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A story or subject that groups claims across speakers, e.g. "North Korea and Donbas", named and described
 * in English ({@code name}, which its address comes from) and in Bahasa Indonesia. A change of what readers
 * see of it registers {@link PublicContentChanged#ofTopics} for its page, as it is and as it was.
 */
@Entity
@Audited
@Table(name = "topic")
public class Topic extends AbstractAggregateRoot<Topic> {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    @Column(name = "name_id")
    private String nameIndonesian;

    private String description;

    @Column(name = "description_id")
    private String descriptionIndonesian;

    /** The topic this one was merged into, which now holds its claims and its address. */
    @Column(name = "merged_into")
    private Long mergedIntoId;

    @Version
    private long version;

    protected Topic() {}

    Topic(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    /** Replaces what the desk edits; readers of its page (at its old address too) and its claims' pages follow. */
    void edit(TopicEdit edit, String newSlug) {
        var reached = new LinkedHashSet<String>();
        reached.add(slug);
        reached.add(newSlug);
        this.slug = newSlug;
        this.name = edit.name();
        this.nameIndonesian = edit.nameIndonesian();
        this.description = edit.description();
        this.descriptionIndonesian = edit.descriptionIndonesian();
        registerEvent(PublicContentChanged.ofTopics(reached));
    }

    /** Marks this topic merged into the one kept, whose page its address now leads to. */
    void mergeInto(Topic kept) {
        this.mergedIntoId = kept.getId();
        registerEvent(PublicContentChanged.ofTopics(Set.of(slug, kept.getSlug())));
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    /** The name in English, which the topic's address comes from. */
    public String getName() {
        return name;
    }

    public String getNameIndonesian() {
        return nameIndonesian;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionIndonesian() {
        return descriptionIndonesian;
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public long getVersion() {
        return version;
    }
}
