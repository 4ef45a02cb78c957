package org.ap4tracker.events.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.HonestDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated development, the aggregate editors write. Its sources and statements are ordered parts of it;
 * publishing and withdrawing go through its methods so that the rules hold whoever calls.
 */
@Entity
@Table(name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String slug;

    private String title;

    private String summary;

    private @Nullable String body;

    @Embedded
    private HonestDate date;

    @Enumerated(EnumType.STRING)
    private EventType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "development_id")
    private @Nullable Development development;

    private @Nullable String location;

    @ManyToMany
    @JoinTable(name = "event_actor", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> actors = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "event_topic", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_statement", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Statement> statements = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private EventStatus status = EventStatus.DRAFT;

    private @Nullable String withdrawnReason;

    private Instant createdAt;

    private String createdBy;

    private Instant updatedAt;

    private String updatedBy;

    private @Nullable Instant publishedAt;

    @Version
    private @Nullable Long version;

    /** For JPA, which fills the fields itself. */
    protected Event() {
    }

    public Event(String slug, String title, String summary, HonestDate date, EventType type, String author,
            Instant now) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.date = date;
        this.type = type;
        this.createdBy = author;
        this.updatedBy = author;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void involve(Actor actor) {
        actors.add(actor);
    }

    public void fileUnder(Topic topic) {
        topics.add(topic);
    }

    public void addSource(Source source) {
        sources.add(source);
    }

    public void addStatement(Statement statement) {
        statements.add(statement);
    }

    public void partOf(@Nullable Development development) {
        this.development = development;
    }

    /** Makes the event public. A published event must say where its facts come from. */
    public void publish(String editor, Instant now) {
        if (sources.isEmpty()) {
            throw new IllegalStateException("An event needs at least one source before it is published");
        }
        this.status = EventStatus.PUBLISHED;
        this.withdrawnReason = null;
        if (publishedAt == null) {
            this.publishedAt = now;
        }
        touch(editor, now);
    }

    /** Takes a published event off the timeline, leaving a public tombstone with the reason. */
    public void withdraw(String reason, String editor, Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published event can be withdrawn");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A withdrawal needs a public reason");
        }
        this.status = EventStatus.WITHDRAWN;
        this.withdrawnReason = reason;
        touch(editor, now);
    }

    private void touch(String editor, Instant now) {
        this.updatedBy = editor;
        this.updatedAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public HonestDate getDate() {
        return date;
    }

    public EventStatus getStatus() {
        return status;
    }

    public List<Source> getSources() {
        return List.copyOf(sources);
    }

    public List<Statement> getStatements() {
        return List.copyOf(statements);
    }

    public Set<Actor> getActors() {
        return Set.copyOf(actors);
    }

    public @Nullable Long getVersion() {
        return version;
    }
}
