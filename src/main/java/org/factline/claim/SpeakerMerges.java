package org.factline.claim;

import jakarta.persistence.EntityManager;
import org.factline.speaker.Speaker;
import org.factline.speaker.SpeakerManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two records of one speaker, all or nothing: the claims of the one merged away (and updates
 * waiting for review) become the kept speaker's, each claim's change is in its history and reaches its
 * pages and search, then the speaker module merges the records ({@link SpeakerManagement#absorb}).
 */
@Service
public class SpeakerMerges {

    private final Claims claims;
    private final SpeakerManagement speakers;
    private final EntityManager entityManager;

    SpeakerMerges(Claims claims, SpeakerManagement speakers, EntityManager entityManager) {
        this.claims = claims;
        this.speakers = speakers;
        this.entityManager = entityManager;
    }

    @Transactional
    public Speaker merge(long keptId, long goneId) {
        var kept = speakers.absorb(keptId, goneId);
        for (var claim : claims.findBySpeaker(goneId)) {
            claim.attributeTo(kept);
            claims.saveAndFlush(claim);
        }
        entityManager
                .createQuery("update ClaimUpdate u set u.speaker = ?1 where u.speaker.id = ?2")
                .setParameter(1, kept)
                .setParameter(2, goneId)
                .executeUpdate();
        return kept;
    }
}
