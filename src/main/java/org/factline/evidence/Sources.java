package org.factline.evidence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Sources extends JpaRepository<Source, Long>, SourceDeletion {

    /** Writes the deletion at once ({@link SourceDeletion}). */
    @Override
    void delete(Source source);

    List<Source> findByClaimIdOrderByPosition(long claimId);

    @Query("select coalesce(max(s.position) + 1, 0) from Source s where s.claimId = ?1")
    int nextPosition(long claimId);

    @Query("select s.claimId, count(s) from Source s where s.claimId in ?1 group by s.claimId")
    List<Object[]> countByClaim(Collection<Long> claimIds);
}
