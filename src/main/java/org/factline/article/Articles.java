package org.factline.article;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Articles extends JpaRepository<Article, Long> {

    Optional<Article> findByNormalizedUrl(String normalizedUrl);
}
