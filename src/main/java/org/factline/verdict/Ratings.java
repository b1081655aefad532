package org.factline.verdict;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Ratings extends JpaRepository<Rating, Long> {

    @Query("select r from Rating r join fetch r.scale s where s.slug = ?1 and r.code = ?2")
    Optional<Rating> findByScaleAndCode(String scaleSlug, String code);

    List<Rating> findByScaleIdOrderByPosition(long scaleId);
}
