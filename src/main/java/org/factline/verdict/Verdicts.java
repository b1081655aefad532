package org.factline.verdict;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Verdicts extends JpaRepository<Verdict, Long> {

    /** Published and superseded verdicts of a claim, newest first: what readers may see. */
    @Query("""
            select v from Verdict v join fetch v.rating
            where v.claimId = ?1
              and v.status in (org.factline.verdict.VerdictStatus.PUBLISHED, org.factline.verdict.VerdictStatus.SUPERSEDED)
            order by v.publishedAt desc, v.id desc""")
    List<Verdict> findPublicHistory(long claimId);

    @Query("select v from Verdict v join fetch v.rating where v.claimId = ?1 order by v.id desc")
    List<Verdict> findAllOf(long claimId);

    @Query("select v from Verdict v join fetch v.rating where v.id = ?1")
    Optional<Verdict> findWithRatingById(long id);

    @Query("""
            select v from Verdict v join fetch v.rating
            where v.claimId in ?1 and v.status = org.factline.verdict.VerdictStatus.PUBLISHED""")
    List<Verdict> findCurrentFor(Collection<Long> claimIds);

    @Query("select v from Verdict v join fetch v.rating where v.claimId in ?1 order by v.id desc")
    List<Verdict> findAllFor(Collection<Long> claimIds);

    @Query("""
            select v from Verdict v join fetch v.rating
            where v.status = org.factline.verdict.VerdictStatus.IN_REVIEW order by v.submittedAt, v.id""")
    List<Verdict> findInReview();

    @Query("""
            select v from Verdict v join fetch v.rating
            where v.status = org.factline.verdict.VerdictStatus.PUBLISHED order by v.publishedAt desc""")
    List<Verdict> findRecentlyPublished(Pageable page);

    /** The author's drafts an editor sent back, latest first. */
    @Query("""
            select v from Verdict v join fetch v.rating
            where v.authorId = ?1 and v.status = org.factline.verdict.VerdictStatus.DRAFT and v.reviewComment is not null
            order by v.updatedAt desc""")
    List<Verdict> findSentBackTo(long authorId);

    Optional<Verdict> findByClaimIdAndStatus(long claimId, VerdictStatus status);

    boolean existsByClaimIdAndStatusIn(long claimId, Collection<VerdictStatus> statuses);
}
