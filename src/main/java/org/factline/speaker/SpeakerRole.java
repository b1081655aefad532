package org.factline.speaker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A role a speaker held for a while, e.g. "Russian ambassador to North Korea" from 2014. */
@Entity
@Audited
@Table(name = "speaker_role")
public class SpeakerRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    private Speaker speaker;

    private String title;

    /** Where the role was held, e.g. "Ministry of Foreign Affairs of Russia"; may be empty. */
    private String organisation;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected SpeakerRole() {}

    SpeakerRole(Speaker speaker, String title, String organisation, LocalDate startedOn, LocalDate endedOn) {
        this.speaker = speaker;
        this.title = title;
        this.organisation = organisation;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    /** The role in one line, as the history lists it: "Ambassador, Ministry (2014-01-01 – 2022-12-31)". */
    public String summary() {
        var line = new StringBuilder(title);
        if (organisation != null) {
            line.append(", ").append(organisation);
        }
        if (startedOn != null || endedOn != null) {
            line.append(" (")
                    .append(startedOn == null ? "…" : startedOn)
                    .append(" – ")
                    .append(endedOn == null ? "…" : endedOn)
                    .append(')');
        }
        return line.toString();
    }

    boolean covers(LocalDate date) {
        return (startedOn == null || !date.isBefore(startedOn)) && (endedOn == null || !date.isAfter(endedOn));
    }
}
