package org.ap4tracker.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ap4tracker.audit.AuditLog;
import org.ap4tracker.audit.Auditor;
import org.ap4tracker.events.internal.Actor;
import org.ap4tracker.events.internal.ActorRepository;
import org.ap4tracker.events.internal.Development;
import org.ap4tracker.events.internal.DevelopmentRepository;
import org.ap4tracker.events.internal.DevelopmentSnapshot;
import org.ap4tracker.events.internal.EditRevision;
import org.ap4tracker.events.internal.EventRevisions;
import org.ap4tracker.events.internal.EventRevisions.Revised;
import org.ap4tracker.events.internal.FieldSnapshot;
import org.ap4tracker.events.internal.Topic;
import org.ap4tracker.events.internal.TopicRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the reference data events point to: storylines, actors and topics. Slugs and codes are public
 * addresses, so they are fixed once created. A storyline edit checks the version the editor started from
 * and is kept as a revision with the editor's note; every write is recorded in the audit log, in the same
 * transaction, so a refused write leaves nothing behind.
 */
@Service
@Transactional
public class ReferenceDataEditor {

    /** A slug as the schema allows it, or nothing (which the "required" rule reports instead). */
    static final String SLUG_OR_EMPTY = "^([a-z0-9]+(-[a-z0-9]+)*)?$";

    /** Slugs that would clash with the admin pages' own addresses, such as /admin/topics/new. */
    private static final Set<String> RESERVED_SLUGS = Set.of("new");

    private final DevelopmentRepository developments;
    private final ActorRepository actors;
    private final TopicRepository topics;
    private final EventRevisions revisions;
    private final AuditLog auditLog;
    private final Clock clock;

    ReferenceDataEditor(DevelopmentRepository developments, ActorRepository actors, TopicRepository topics,
            EventRevisions revisions, AuditLog auditLog, Clock clock) {
        this.developments = developments;
        this.actors = actors;
        this.topics = topics;
        this.revisions = revisions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ---------- Storylines ----------

    @Transactional(readOnly = true)
    public EditableDevelopment openDevelopment(String slug) {
        Development development = existingDevelopment(slug);
        DevelopmentInput input = new DevelopmentInput(development.getSlug(), development.getTitle(),
                development.getDescription(), development.getStatus(), null);
        return new EditableDevelopment(development.getSlug(), input, versionOf(development),
                development.getUpdatedAt());
    }

    /** Creates a storyline and returns its slug. */
    public String createDevelopment(DevelopmentInput input) {
        String slug = text(input.slug());
        if (RESERVED_SLUGS.contains(slug)) {
            throw InvalidReferenceDataException.of("slug", "development.slug.reserved", slug);
        }
        if (developments.findBySlug(slug).isPresent()) {
            throw InvalidReferenceDataException.of("slug", "development.slug.taken", slug);
        }
        revisions.describeCurrent("CREATED", input.changeNote());
        Development development = new Development(slug, text(input.title()), text(input.description()),
                required(input.status()), clock.instant());
        developments.saveAndFlush(development);
        auditLog.record("DEVELOPMENT_CREATED", "development", slug, development.getTitle());
        return slug;
    }

    /**
     * Saves the editor's changes to a storyline, refused if someone else saved since {@code expectedVersion}.
     * Returns whether anything changed: a save that changes nothing leaves no revision.
     */
    public boolean updateDevelopment(String slug, long expectedVersion, DevelopmentInput input) {
        Development development = existingDevelopment(slug);
        if (!Objects.equals(development.getVersion(), expectedVersion)) {
            throw conflict(development, expectedVersion);
        }
        if (input.slug() != null && !input.slug().isBlank() && !input.slug().strip().equals(slug)) {
            throw InvalidReferenceDataException.of("slug", "development.slug.fixed");
        }
        String title = text(input.title());
        String description = text(input.description());
        DevelopmentStatus status = required(input.status());
        List<String> changed = new ArrayList<>();
        noteChange(changed, "title", development.getTitle(), title);
        if (!development.getDescription().equals(description)) {
            changed.add("description");
        }
        noteChange(changed, "status", development.getStatus().name(), status.name());
        if (changed.isEmpty()) {
            return false;
        }
        revisions.describeCurrent("EDITED", input.changeNote());
        development.revise(title, description, status, clock.instant());
        developments.flush();
        String note = optional(input.changeNote());
        auditLog.record("DEVELOPMENT_EDITED", "development", slug,
                String.join("; ", changed) + (note == null ? "" : " (" + note + ")"));
        return true;
    }

    /** What changed since the editor's version, read from the storyline's history. */
    private EditConflictException conflict(Development development, long yourVersion) {
        List<Revised<Development>> history = revisions.ofDevelopment(idOf(development));
        FieldSnapshot yours = history.stream()
                .filter(revised -> Objects.equals(revised.state().getVersion(), yourVersion))
                .map(revised -> DevelopmentSnapshot.of(revised.state()))
                .reduce((earlier, later) -> later)
                .orElse(null);
        EditRevision latest = history.isEmpty() ? null : history.get(history.size() - 1).revision();
        return new EditConflictException(versionOf(development),
                latest == null ? Auditor.SYSTEM : latest.getUsername(),
                latest == null ? development.getUpdatedAt() : latest.getMadeAt(),
                DevelopmentSnapshot.of(development).changesSince(yours));
    }

    // ---------- Actors ----------

    @Transactional(readOnly = true)
    public ActorInput openActor(String code) {
        Actor actor = existingActor(code);
        return new ActorInput(actor.getCode(), actor.getName(), actor.getKind(), actor.isAsiaPacificPartner());
    }

    /** Creates an actor and returns its code. */
    public String createActor(ActorInput input) {
        String code = text(input.code());
        if (actors.findByCode(code).isPresent()) {
            throw InvalidReferenceDataException.of("code", "actor.code.taken", code);
        }
        Actor actor = actors.saveAndFlush(new Actor(code, text(input.name()), required(input.kind()),
                input.asiaPacificPartner()));
        auditLog.record("ACTOR_CREATED", "actor", code, describe(actor));
        return code;
    }

    /** Saves an actor's name, kind and partner flag; returns whether anything changed. */
    public boolean updateActor(String code, ActorInput input) {
        Actor actor = existingActor(code);
        if (input.code() != null && !input.code().isBlank() && !input.code().strip().equals(code)) {
            throw InvalidReferenceDataException.of("code", "actor.code.fixed");
        }
        String name = text(input.name());
        ActorKind kind = required(input.kind());
        List<String> changed = new ArrayList<>();
        noteChange(changed, "name", actor.getName(), name);
        noteChange(changed, "kind", actor.getKind().name(), kind.name());
        noteChange(changed, "asiaPacificPartner", String.valueOf(actor.isAsiaPacificPartner()),
                String.valueOf(input.asiaPacificPartner()));
        if (changed.isEmpty()) {
            return false;
        }
        actor.revise(name, kind, input.asiaPacificPartner());
        actors.flush();
        auditLog.record("ACTOR_EDITED", "actor", code, String.join("; ", changed));
        return true;
    }

    // ---------- Topics ----------

    @Transactional(readOnly = true)
    public TopicInput openTopic(String slug) {
        Topic topic = existingTopic(slug);
        return new TopicInput(topic.getSlug(), topic.getLabel());
    }

    /** Creates a topic and returns its slug. */
    public String createTopic(TopicInput input) {
        String slug = text(input.slug());
        if (RESERVED_SLUGS.contains(slug)) {
            throw InvalidReferenceDataException.of("slug", "topic.slug.reserved", slug);
        }
        if (topics.findBySlug(slug).isPresent()) {
            throw InvalidReferenceDataException.of("slug", "topic.slug.taken", slug);
        }
        Topic topic = topics.saveAndFlush(new Topic(slug, text(input.label())));
        auditLog.record("TOPIC_CREATED", "topic", slug, topic.getLabel());
        return slug;
    }

    /** Saves a topic's label; returns whether it changed. */
    public boolean updateTopic(String slug, TopicInput input) {
        Topic topic = existingTopic(slug);
        if (input.slug() != null && !input.slug().isBlank() && !input.slug().strip().equals(slug)) {
            throw InvalidReferenceDataException.of("slug", "topic.slug.fixed");
        }
        String label = text(input.label());
        List<String> changed = new ArrayList<>();
        noteChange(changed, "label", topic.getLabel(), label);
        if (changed.isEmpty()) {
            return false;
        }
        topic.relabel(label);
        topics.flush();
        auditLog.record("TOPIC_EDITED", "topic", slug, String.join("; ", changed));
        return true;
    }

    // ---------- Shared ----------

    private Development existingDevelopment(String slug) {
        return developments.findBySlug(slug).orElseThrow(() -> new ReferenceDataNotFoundException("storyline", slug));
    }

    private Actor existingActor(String code) {
        return actors.findByCode(code).orElseThrow(() -> new ReferenceDataNotFoundException("actor", code));
    }

    private Topic existingTopic(String slug) {
        return topics.findBySlug(slug).orElseThrow(() -> new ReferenceDataNotFoundException("topic", slug));
    }

    static long idOf(Development development) {
        Long id = development.getId();
        if (id == null) {
            throw new IllegalStateException("Storyline " + development.getSlug() + " is not saved");
        }
        return id;
    }

    private static long versionOf(Development development) {
        Long version = development.getVersion();
        return version == null ? 0 : version;
    }

    /** Records "field: before → after" when a value changes; the audit log keeps the list. */
    private static void noteChange(List<String> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }

    private static String describe(Actor actor) {
        return actor.getName() + ", " + actor.getKind() + (actor.isAsiaPacificPartner() ? ", Asia-Pacific partner" : "");
    }

    private static <T> T required(@Nullable T value) {
        return Objects.requireNonNull(value, "validated input lacks a required value");
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
