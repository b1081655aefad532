package org.factline.speaker;

import java.util.List;
import java.util.Optional;
import org.factline.shared.Slugs;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The speaker module's API. */
@Service
@Transactional(readOnly = true)
public class SpeakerManagement {

    private final Speakers speakers;

    SpeakerManagement(Speakers speakers) {
        this.speakers = speakers;
    }

    @Transactional
    public Speaker create(NewSpeaker request) {
        var speaker = new Speaker(
                request.kind(),
                request.name().trim(),
                uniqueSlug(request.name()),
                request.description(),
                request.role(),
                request.wikidataId());
        request.aliases().forEach(speaker::addAlias);
        request.roles().forEach(role -> speaker.addRole(role.title(), role.startedOn(), role.endedOn()));
        return speakers.save(speaker);
    }

    public Optional<Speaker> findById(long id) {
        return speakers.findById(id);
    }

    public Optional<Speaker> findBySlug(String slug) {
        return speakers.findBySlug(slug);
    }

    /** The speaker known by this name or alias, if exactly one is. */
    public List<Speaker> findByNameOrAlias(String name) {
        return name == null || name.isBlank() ? List.of() : speakers.findByNameOrAlias(name.trim());
    }

    /** Type-ahead over names and aliases. */
    public List<Speaker> suggest(String text, int limit) {
        return text == null || text.isBlank() ? List.of() : speakers.search(text.trim(), PageRequest.of(0, limit));
    }

    public List<Speaker> all() {
        return speakers.findAllByName();
    }

    /** Deletes a speaker; refused by the database while claims are attributed to them. */
    @Transactional
    public void delete(long id) {
        var speaker = speakers.findById(id).orElseThrow();
        try {
            speakers.delete(speaker);
            speakers.flush();
        } catch (DataIntegrityViolationException e) {
            throw new SpeakerInUseException(speaker.getName(), e);
        }
    }

    private String uniqueSlug(String name) {
        var base = Slugs.of(name);
        var slug = base;
        for (int n = 2; speakers.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
