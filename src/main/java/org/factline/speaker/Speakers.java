package org.factline.speaker;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Speakers extends JpaRepository<Speaker, Long> {

    @EntityGraph(attributePaths = {"aliases", "roles"})
    Optional<Speaker> findBySlug(String slug);

    @Override
    @EntityGraph(attributePaths = {"aliases", "roles"})
    Optional<Speaker> findById(Long id);

    boolean existsBySlug(String slug);
}
