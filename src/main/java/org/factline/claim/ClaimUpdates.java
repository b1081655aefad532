package org.factline.claim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimUpdates extends JpaRepository<ClaimUpdate, Long> {

    @Query("""
            select u from ClaimUpdate u join fetch u.speaker
            where u.claimId = ?1 and u.status <> org.factline.claim.UpdateStatus.PUBLISHED""")
    Optional<ClaimUpdate> findOpen(long claimId);

    @Query("""
            select u from ClaimUpdate u
            where u.status = org.factline.claim.UpdateStatus.IN_REVIEW order by u.submittedAt, u.id""")
    List<ClaimUpdate> findInReview();

    @Query("""
            select u from ClaimUpdate u
            where u.authorId = ?1 and u.status = org.factline.claim.UpdateStatus.DRAFT and u.reviewComment is not null
            order by u.updatedAt desc""")
    List<ClaimUpdate> findSentBackTo(long authorId);

    @Query("""
            select u from ClaimUpdate u
            where u.claimId = ?1 and u.status = org.factline.claim.UpdateStatus.PUBLISHED
            order by u.publishedAt desc, u.id desc""")
    List<ClaimUpdate> findPublished(long claimId);
}
