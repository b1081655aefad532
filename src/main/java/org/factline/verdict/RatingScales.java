package org.factline.verdict;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RatingScales extends JpaRepository<RatingScale, Long> {

    @Query("select s from RatingScale s left join fetch s.ratings where s.slug = ?1")
    Optional<RatingScale> findBySlugWithRatings(String slug);

    @Query("select distinct s from RatingScale s left join fetch s.ratings order by s.id")
    List<RatingScale> findAllWithRatings();
}
