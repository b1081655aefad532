package org.factline.claim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface Topics extends JpaRepository<Topic, Long> {

    Optional<Topic> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select t from Topic t where t.mergedIntoId is null order by lower(t.name)")
    List<Topic> findLive();

    @Query("""
            select t from Topic t where t.mergedIntoId is null
            and (lower(t.name) like lower(concat('%', ?1, '%')) or lower(t.nameIndonesian) like lower(concat('%', ?1, '%')))
            order by lower(t.name)""")
    List<Topic> search(String text);

    /** A topic named so in either language, merged or not. */
    @Query("select t from Topic t where lower(t.name) = lower(?1) or lower(t.nameIndonesian) = lower(?1) order by t.id")
    List<Topic> findByEitherName(String name);

    /** The topic that had this address before it was renamed. */
    @NativeQuery("select topic_id from topic_former_slug where slug = ?1")
    Optional<Long> findByFormerSlug(String slug);

    @Modifying
    @NativeQuery(
            "insert into topic_former_slug (slug, topic_id) values (?1, ?2) on conflict (slug) do update set topic_id = ?2")
    void keepFormerSlug(String slug, long topicId);

    @Modifying
    @NativeQuery("delete from topic_former_slug where slug = ?1")
    void forgetFormerSlug(String slug);

    /** The old addresses of a merged topic lead to the topic kept. */
    @Modifying
    @NativeQuery("update topic_former_slug set topic_id = ?2 where topic_id = ?1")
    void moveFormerSlugs(long fromId, long toId);

    @Modifying
    @Query("update Topic t set t.mergedIntoId = ?2 where t.mergedIntoId = ?1")
    void redirectMerged(long fromId, long toId);

    @NativeQuery("select count(*) from claim_topic where topic_id = ?1")
    long countClaims(long topicId);
}
