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

/** A role a speaker held for a while, e.g. "Russian ambassador to North Korea" from 2014. */
@Entity
@Table(name = "speaker_role")
public class SpeakerRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    private Speaker speaker;

    private String title;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected SpeakerRole() {}

    SpeakerRole(Speaker speaker, String title, LocalDate startedOn, LocalDate endedOn) {
        this.speaker = speaker;
        this.title = title;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    boolean covers(LocalDate date) {
        return (startedOn == null || !date.isBefore(startedOn)) && (endedOn == null || !date.isAfter(endedOn));
    }
}
