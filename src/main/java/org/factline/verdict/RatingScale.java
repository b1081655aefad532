package org.factline.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A set of ratings a newsroom uses, e.g. True … False, Misleading, Unproven. */
@Entity
@Table(name = "rating_scale")
public class RatingScale {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_id")
    private String nameId;

    @Column(name = "best_value")
    private int bestValue;

    @Column(name = "worst_value")
    private int worstValue;

    @OneToMany(mappedBy = "scale")
    @OrderBy("position")
    private List<Rating> ratings = new ArrayList<>();

    @Version
    private long version;

    protected RatingScale() {}

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName(Locale locale) {
        return "id".equals(locale.getLanguage()) ? nameId : nameEn;
    }

    public int getBestValue() {
        return bestValue;
    }

    public int getWorstValue() {
        return worstValue;
    }

    public List<Rating> getRatings() {
        return List.copyOf(ratings);
    }
}
