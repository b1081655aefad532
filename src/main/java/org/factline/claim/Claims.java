package org.factline.claim;

import java.util.Collection;
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

    @Query("select c from Claim c join fetch c.speaker where c.id = ?1")
    Optional<Claim> findWithSpeakerById(long id);

    @Query("select c from Claim c join fetch c.speaker where c.id in ?1")
    List<Claim> findWithSpeakerByIdIn(Collection<Long> ids);

    @Query("select c.status, count(c) from Claim c group by c.status")
    List<Object[]> countByStatus();

    @Query("""
            select distinct c from Claim c join fetch c.speaker join c.appearances a
            where a.article.id = ?1 order by c.id""")
    List<Claim> findByArticle(long articleId);

    @Query("select c from Claim c join fetch c.speaker s where s.id = ?1")
    List<Claim> findBySpeaker(long speakerId);

    @Query("select c from Claim c join c.topics t where t.id = ?1 order by c.id")
    List<Claim> findByTopic(long topicId);

    @Query("select count(a) from Appearance a where a.claim.id = ?1 and a.article.id = ?2 and a.quote = ?3")
    long countAppearances(long claimId, long articleId, String quote);

    @Query("select a from Appearance a join fetch a.article where a.article.id = ?1 order by a.id")
    List<Appearance> findAppearancesInArticle(long articleId);

    @Query("""
            select a from Appearance a join fetch a.article r
            where a.id in ?1 and a.quoteKind = org.factline.claim.QuoteKind.DIRECT and r.body is not null""")
    List<Appearance> findAppearancesWithTextByIdIn(Collection<Long> ids);

    @Query("""
            select a from Appearance a join fetch a.claim c join fetch c.speaker join fetch a.article
            where a.quoteMismatch is not null order by a.quoteMismatchSince desc, a.id desc""")
    List<Appearance> findQuoteMismatches(Pageable page);

    @Query(value = "select id from rating_scale where slug = 'default'", nativeQuery = true)
    long defaultRatingScaleId();
}
