package org.factline.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.factline.shared.PublicContentChanged;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One step of a rating scale, with its label in both languages, value, colour and icon. Its words and
 * looks, and a new step, reach every public page (badges, the methodology page, every ClaimReview's
 * best and worst rating): {@link #describe} registers {@link PublicContentChanged#everything()}.
 */
@Entity
@Table(name = "rating")
public class Rating extends AbstractAggregateRoot<Rating> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scale_id")
    private RatingScale scale;

    private String code;

    @Column(name = "label_en")
    private String labelEn;

    @Column(name = "label_id")
    private String labelId;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "description_id")
    private String descriptionId;

    private int value;

    private String colour;

    private String icon;

    private int position;

    /**
     * On the scale's true-to-false line: ClaimReview gives it its value as {@code ratingValue}. Off it
     * (Unproven, Misleading, Satire), machines get its label alone, never a number to misread.
     */
    @Column(name = "on_scale")
    private boolean onScale = true;

    @Version
    private long version;

    protected Rating() {}

    Rating(RatingScale scale, String code, int value, int position) {
        this.scale = scale;
        this.code = code;
        this.value = value;
        this.position = position;
    }

    void describe(RatingText text) {
        this.labelEn = text.labelEn().trim();
        this.labelId = text.labelId().trim();
        this.descriptionEn = text.descriptionEn().trim();
        this.descriptionId = text.descriptionId().trim();
        this.colour = text.colour().toLowerCase(java.util.Locale.ROOT);
        this.icon = text.icon();
        registerEvent(PublicContentChanged.everything());
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public RatingScale getScale() {
        return scale;
    }

    public String getCode() {
        return code;
    }

    public String getLabel(Locale locale) {
        return "id".equals(locale.getLanguage()) ? labelId : labelEn;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelId() {
        return labelId;
    }

    public String getDescription(Locale locale) {
        return "id".equals(locale.getLanguage()) ? descriptionId : descriptionEn;
    }

    public int getValue() {
        return value;
    }

    public String getColour() {
        return colour;
    }

    public String getIcon() {
        return icon;
    }

    public boolean isOnScale() {
        return onScale;
    }

    /** Puts the rating on the true-to-false line or takes it off; every ClaimReview with it changes. */
    void place(boolean onScale) {
        if (this.onScale != onScale) {
            this.onScale = onScale;
            registerEvent(PublicContentChanged.everything());
        }
    }

    public int getPosition() {
        return position;
    }
}
