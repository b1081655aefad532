package org.factline.speaker;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.factline.shared.PublicContentChanged;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A person or organisation whose statements Factline checks. An edit of what readers see of them registers
 * {@link PublicContentChanged} for their page and their claims' pages.
 */
@Entity
@Audited
@Table(name = "speaker")
public class Speaker extends AbstractAggregateRoot<Speaker> {

    public static final int NAME_MAX = 200;
    public static final int ROLE_MAX = 300;
    public static final int ALIAS_MAX = 200;
    public static final int ORGANISATION_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int WIKIDATA_MAX = 20;
    /** A Wikidata item's identifier, e.g. Q7747 (Vladimir Putin), as the database checks it. */
    public static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]{0,18}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SpeakerKind kind;

    private String name;

    private String slug;

    private String description;

    /** The current role or affiliation, shown when no dated role covers a claim's date. */
    private String role;

    @Column(name = "wikidata_id")
    private String wikidataId;

    @ElementCollection
    @CollectionTable(name = "speaker_alias", joinColumns = @JoinColumn(name = "speaker_id"))
    @Column(name = "alias")
    @OrderBy
    private Set<String> aliases = new LinkedHashSet<>();

    @OneToMany(mappedBy = "speaker", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedOn")
    private List<SpeakerRole> roles = new ArrayList<>();

    /** The speaker this one was merged into, who now holds their claims, aliases and roles. */
    @Column(name = "merged_into")
    private Long mergedIntoId;

    @NotAudited
    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @NotAudited
    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Speaker() {}

    Speaker(SpeakerKind kind, String name, String slug, String description, String role, String wikidataId) {
        this.kind = kind;
        this.name = name;
        this.slug = slug;
        this.description = description;
        this.role = role;
        this.wikidataId = wikidataId;
    }

    void addAlias(String alias) {
        aliases.add(alias);
    }

    void addRole(String title, String organisation, LocalDate startedOn, LocalDate endedOn) {
        roles.add(new SpeakerRole(this, title, organisation, startedOn, endedOn));
    }

    /** Replaces what the desk edits of this speaker; their page and their claims' pages follow. */
    void edit(SpeakerEdit edit) {
        this.kind = edit.kind();
        this.name = edit.name();
        this.description = edit.description();
        this.role = edit.role();
        this.wikidataId = edit.wikidataId();
        // unchanged aliases stay as they are, so the history lists only the ones added or removed
        aliases.retainAll(edit.aliases());
        aliases.addAll(edit.aliases());
        roles.clear();
        edit.roles().stream()
                .filter(held -> !SpeakerEdit.empty(held))
                .forEach(held -> addRole(held.title(), held.organisation(), held.startedOn(), held.endedOn()));
        changed();
    }

    /**
     * Takes over what another speaker is known by: their name and aliases become aliases, their roles
     * this speaker's. The other is marked merged.
     */
    void absorb(Speaker gone) {
        for (var alias : gone.aliasesAndName()) {
            if (!alias.equalsIgnoreCase(name)) {
                aliases.add(alias);
            }
        }
        gone.roles.forEach(
                held -> addRole(held.getTitle(), held.getOrganisation(), held.getStartedOn(), held.getEndedOn()));
        gone.aliases.clear();
        gone.roles.clear();
        gone.mergedIntoId = id;
        gone.changed();
        changed();
    }

    private List<String> aliasesAndName() {
        var all = new ArrayList<String>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** Gives up the Wikidata id (unique among speakers), for a speaker kept in a merge to take it. */
    String releaseWikidata() {
        var released = wikidataId;
        wikidataId = null;
        return released;
    }

    void takeWikidata(String released) {
        if (wikidataId == null) {
            wikidataId = released;
        }
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    void changed() {
        registerEvent(PublicContentChanged.ofSpeaker(slug));
    }

    /** The role held on the given date, falling back to the current role. */
    public String roleOn(LocalDate date) {
        if (date != null) {
            for (var held : roles) {
                if (held.covers(date)) {
                    return held.getTitle();
                }
            }
        }
        return role;
    }

    public Long getId() {
        return id;
    }

    public SpeakerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getDescription() {
        return description;
    }

    public String getRole() {
        return role;
    }

    public String getWikidataId() {
        return wikidataId;
    }

    public Set<String> getAliases() {
        return Set.copyOf(aliases);
    }

    public List<SpeakerRole> getRoles() {
        return List.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }
}
