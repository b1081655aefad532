package org.factline.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: a transaction that changed audited records, with who made it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuditorListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    @Column(name = "rev")
    private int id;

    @RevisionTimestamp
    @Column(name = "revtstmp")
    private long timestamp;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "user_name")
    private String userName;

    public int getId() {
        return id;
    }

    public Instant getAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public Long getUserId() {
        return userId;
    }

    /** The display name of who made the change, or null for changes made by the system (demo data, import). */
    public String getUserName() {
        return userName;
    }

    void setAuditor(Auditor auditor) {
        this.userId = auditor.userId();
        this.userName = auditor.displayName();
    }
}
