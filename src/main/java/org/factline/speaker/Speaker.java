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
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A person or organisation whose statements Factline checks. */
@Entity
@Table(name = "speaker")
public class Speaker {

    public static final int NAME_MAX = 200;
    public static final int ROLE_MAX = 300;

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

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

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

    void addRole(String title, LocalDate startedOn, LocalDate endedOn) {
        roles.add(new SpeakerRole(this, title, startedOn, endedOn));
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
