package org.factline.speaker;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.shared.AuditHistory;
import org.factline.shared.Change;
import org.factline.shared.Slugs;
import org.factline.shared.WorkflowException;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The speaker module's API. */
@Service
@Transactional(readOnly = true)
public class SpeakerManagement {

    private final Speakers speakers;
    private final EntityManager entityManager;

    SpeakerManagement(Speakers speakers, EntityManager entityManager) {
        this.speakers = speakers;
        this.entityManager = entityManager;
    }

    /** Every recorded change of the speaker, oldest first; a role reads as its title, organisation and dates. */
    public List<Change> history(long id) {
        return AuditHistory.changes(
                entityManager,
                Speaker.class,
                "speaker",
                AuditEntity.id().eq(id),
                value -> value instanceof SpeakerRole held ? held.summary() : value);
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
        request.roles()
                .forEach(role -> speaker.addRole(role.title(), role.organisation(), role.startedOn(), role.endedOn()));
        return speakers.save(speaker);
    }

    /**
     * Saves the desk's edit of a speaker opened at {@code expectedVersion}. Refused, naming the fields and
     * changing nothing, when the name is missing, a text is too long, the Wikidata id is malformed or
     * another speaker's, or a role ends before it starts; and when someone saved the speaker meanwhile.
     */
    @Transactional
    public Speaker edit(long id, long expectedVersion, SpeakerEdit edit) {
        var speaker = speakers.findById(id).orElseThrow(() -> new WorkflowException("speaker.error.notFound"));
        var clean = edit.cleaned();
        var problems = problems(id, clean);
        if (!problems.isEmpty()) {
            throw WorkflowException.onFields(problems);
        }
        if (speaker.getVersion() != expectedVersion) {
            throw new WorkflowException("speaker.error.savedMeanwhile");
        }
        speaker.edit(clean);
        return speakers.saveAndFlush(speaker);
    }

    /**
     * Merges one speaker's record into another's (the claims move with {@code claim}'s {@code
     * SpeakerMerges}, which calls this): their name and aliases become the kept one's aliases, their
     * roles the kept one's, and their page leads to the kept one's. Refused when both are one, or either
     * was merged already.
     */
    @Transactional
    public Speaker absorb(long keptId, long goneId) {
        if (keptId == goneId) {
            throw WorkflowException.onField("into", "speaker.error.mergeSelf");
        }
        var kept = speakers.findById(keptId).orElseThrow(() -> new WorkflowException("speaker.error.notFound"));
        var gone = speakers.findById(goneId).orElseThrow(() -> new WorkflowException("speaker.error.notFound"));
        if (kept.isMerged() || gone.isMerged()) {
            throw WorkflowException.onField("into", "speaker.error.merged");
        }
        // the Wikidata id is unique: the gone speaker lets go of it before the kept one takes it
        var wikidata = gone.releaseWikidata();
        speakers.flush();
        kept.absorb(gone);
        kept.takeWikidata(wikidata);
        speakers.saveAndFlush(gone);
        speakers.redirectMerged(goneId, keptId);
        return speakers.saveAndFlush(kept);
    }

    /** Where a merged speaker's page leads: the speaker kept, if this one was merged. */
    public Optional<Speaker> mergedInto(String slug) {
        return speakers.findBySlug(slug)
                .filter(Speaker::isMerged)
                .flatMap(gone -> speakers.findById(gone.getMergedIntoId()));
    }

    private Map<String, String> problems(long id, SpeakerEdit edit) {
        var problems = new LinkedHashMap<String, String>();
        if (edit.kind() == null) {
            problems.put("kind", "validation.choose");
        }
        if (edit.name() == null) {
            problems.put("name", "validation.required");
        } else if (edit.name().length() > Speaker.NAME_MAX) {
            problems.put("name", "speaker.error.tooLong");
        }
        if (edit.aliases().stream().anyMatch(alias -> alias.length() > Speaker.ALIAS_MAX)) {
            problems.put("aliases", "speaker.error.aliasTooLong");
        }
        if (edit.description() != null && edit.description().length() > Speaker.DESCRIPTION_MAX) {
            problems.put("description", "speaker.error.tooLong");
        }
        if (edit.role() != null && edit.role().length() > Speaker.ROLE_MAX) {
            problems.put("role", "speaker.error.tooLong");
        }
        if (edit.wikidataId() != null) {
            if (!Speaker.WIKIDATA_ID.matcher(edit.wikidataId()).matches()) {
                problems.put("wikidataId", "speaker.error.wikidata");
            } else if (speakers.existsByWikidataIdAndIdNot(edit.wikidataId(), id)) {
                problems.put("wikidataId", "speaker.error.wikidataTaken");
            }
        }
        for (int i = 0; i < edit.roles().size(); i++) {
            var held = edit.roles().get(i);
            if (SpeakerEdit.empty(held)) {
                continue;
            }
            var row = "roles[" + i + "].";
            if (held.title() == null) {
                problems.put(row + "title", "validation.required");
            } else if (held.title().length() > Speaker.ROLE_MAX) {
                problems.put(row + "title", "speaker.error.tooLong");
            }
            if (held.organisation() != null && held.organisation().length() > Speaker.ORGANISATION_MAX) {
                problems.put(row + "organisation", "speaker.error.tooLong");
            }
            if (held.startedOn() != null
                    && held.endedOn() != null
                    && held.endedOn().isBefore(held.startedOn())) {
                problems.put(row + "endedOn", "speaker.error.roleDates");
            }
        }
        return problems;
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

    /**
     * The speakers a name that matches no one may have meant: those whose name or an alias holds every
     * word typed, compared without case or accents ("putin", "Pushilin", "Matségora"), by name.
     */
    public List<Speaker> didYouMean(String typed, int limit) {
        var words = SpeakerNames.words(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        return speakers.findAllByName().stream()
                .filter(speaker -> SpeakerNames.matches(speaker, words))
                .limit(limit)
                .toList();
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
