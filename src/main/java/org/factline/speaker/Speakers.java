package org.factline.speaker;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Speakers extends JpaRepository<Speaker, Long> {

    @EntityGraph(attributePaths = {"aliases", "roles"})
    Optional<Speaker> findBySlug(String slug);

    @Override
    @EntityGraph(attributePaths = {"aliases", "roles"})
    Optional<Speaker> findById(Long id);

    boolean existsBySlug(String slug);

    @Modifying
    @Query("update Speaker s set s.mergedIntoId = ?2 where s.mergedIntoId = ?1")
    void redirectMerged(long from, long to);

    boolean existsByWikidataIdAndIdNot(String wikidataId, long id);

    @Query("""
            select distinct s from Speaker s left join s.aliases a
            where s.mergedIntoId is null and (lower(s.name) = lower(?1) or lower(a) = lower(?1))""")
    List<Speaker> findByNameOrAlias(String name);

    @Query("""
            select distinct s from Speaker s left join fetch s.aliases
            where s.mergedIntoId is null and (lower(s.name) like lower(concat('%', ?1, '%'))
               or s.id in (select s2.id from Speaker s2 join s2.aliases a where lower(a) like lower(concat('%', ?1, '%'))))
            order by s.name""")
    List<Speaker> search(String text, Pageable page);

    @Query("select distinct s from Speaker s left join fetch s.aliases where s.mergedIntoId is null order by s.name")
    List<Speaker> findAllByName();
}
