package org.factline.claim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Claims extends JpaRepository<Claim, Long> {

    @Query("""
            select c from Claim c join fetch c.speaker
            where c.status = org.factline.claim.ClaimStatus.PUBLISHED
            order by c.publishedAt desc, c.id desc""")
    List<Claim> findPublished(Pageable page);

    @Query("""
            select c from Claim c join fetch c.speaker
            where c.id = ?1 and c.status = org.factline.claim.ClaimStatus.PUBLISHED""")
    Optional<Claim> findPublishedById(long id);

    @Query(value = "select id from rating_scale where slug = 'default'", nativeQuery = true)
    long defaultRatingScaleId();
}
