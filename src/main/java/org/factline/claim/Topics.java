package org.factline.claim;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Topics extends JpaRepository<Topic, Long> {

    Optional<Topic> findBySlug(String slug);
}
