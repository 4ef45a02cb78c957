package org.ap4tracker.events.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import org.ap4tracker.events.EventRuleException;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.HonestDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * One dated development, the aggregate editors write. Its sources and statements are ordered parts of it;
 * publishing and withdrawing go through its methods so that the rules hold whoever calls. Every change is
 * kept as a revision by Envers; actors and topics are reference data, so a revision points at their
 * current rows rather than copies.
 */
@Entity
@Table(name = "event")
@Audited
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
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(name = "event_actor", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> actors = new LinkedHashSet<>();

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(name = "event_topic", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    @ElementCollection
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @CollectionTable(name = "event_statement", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Statement> statements = new ArrayList<>();

    /** Pictures, in the order the page shows them; their bytes are kept by the image module (V38). */
    @ElementCollection
    @CollectionTable(name = "event_image", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Picture> pictures = new ArrayList<>();

    /** Related events are a symmetric relation stored once per pair, from the event with the lower id. */
    @ManyToMany
    @JoinTable(name = "event_link", joinColumns = @JoinColumn(name = "event_a_id"),
            inverseJoinColumns = @JoinColumn(name = "event_b_id"))
    private Set<Event> linkedLater = new LinkedHashSet<>();

    /** Not audited: Envers cannot read this inverse side back; {@link EventRevisions} reads links from event_link_aud. */
    @ManyToMany(mappedBy = "linkedLater")
    @NotAudited
    private Set<Event> linkedEarlier = new LinkedHashSet<>();

    /** What its statements and sources say, for the search column that cannot read their tables (V24). */
    @NotAudited
    private String searchExtra = "";

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
        refreshSearchExtra();
    }

    public void addStatement(Statement statement) {
        statements.add(statement);
        refreshSearchExtra();
    }

    public void partOf(@Nullable Development development) {
        this.development = development;
    }

    /** Replaces everything an editor writes in the form; status and bookkeeping change only through their own methods. */
    public void revise(EventContent content, String editor, Instant now) {
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.date = content.date();
        this.type = content.type();
        this.development = content.development();
        this.location = content.location();
        replace(actors, content.actors());
        replace(topics, content.topics());
        if (!sources.equals(content.sources())) {
            sources.clear();
            sources.addAll(content.sources());
        }
        if (!statements.equals(content.statements())) {
            statements.clear();
            statements.addAll(content.statements());
        }
        refreshSearchExtra();
        if (status == EventStatus.PUBLISHED && sources.isEmpty()) {
            throw EventRuleException.onField("sources", "event.rule.publishedNeedsSource");
        }
        touch(editor, now);
    }

    /** Adds a picture at the end; one the event already shows is refused, as it would only repeat. */
    public void addPicture(Picture picture, String editor, Instant now) {
        if (pictures.stream().anyMatch(shown -> shown.sha256().equals(picture.sha256()))) {
            throw EventRuleException.onField("file", "picture.rule.alreadyShown");
        }
        pictures.add(picture);
        touch(editor, now);
    }

    /** Replaces what readers are told about a picture the event shows; false when it shows no such picture. */
    public boolean redescribePicture(Picture described, String editor, Instant now) {
        for (int i = 0; i < pictures.size(); i++) {
            if (pictures.get(i).sha256().equals(described.sha256())) {
                if (!pictures.get(i).equals(described)) {
                    pictures.set(i, described);
                    touch(editor, now);
                }
                return true;
            }
        }
        return false;
    }

    /** Takes a picture off the event; false when it shows no such picture. */
    public boolean removePicture(String sha256, String editor, Instant now) {
        boolean removed = pictures.removeIf(shown -> shown.sha256().equals(sha256));
        if (removed) {
            touch(editor, now);
        }
        return removed;
    }

    public List<Picture> getPictures() {
        return pictures;
    }

    private void refreshSearchExtra() {
        Stream<@Nullable String> said = statements.stream()
                .flatMap(statement -> Stream.of(statement.speaker(), statement.quote(), statement.paraphrase()));
        Stream<@Nullable String> reported = sources.stream().flatMap(source -> Stream.of(source.title(), source.publisher()));
        searchExtra = Stream.concat(said, reported).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    private static <T> void replace(Set<T> current, Set<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    /** The slug is the public address: editors may change it until the event is first published, never after. */
    public void renameTo(String newSlug) {
        if (newSlug.equals(slug)) {
            return;
        }
        if (publishedAt != null) {
            throw EventRuleException.onField("slug", "event.rule.slugFixed");
        }
        this.slug = newSlug;
    }

    public boolean slugIsFixed() {
        return publishedAt != null;
    }

    /**
     * Makes the events in {@code wanted} (and only those) related to this one, and returns the other
     * events whose related list changed, since their public pages change too.
     */
    public Set<Event> relateTo(Set<Event> wanted) {
        if (wanted.contains(this)) {
            throw EventRuleException.onField("related", "event.rule.relatedToItself");
        }
        Set<Event> changed = new LinkedHashSet<>();
        for (Event other : Set.copyOf(related())) {
            if (!wanted.contains(other)) {
                changed.add(other);
                linkedLater.remove(other);
                linkedEarlier.remove(other);
                other.linkedLater.remove(this);
                other.linkedEarlier.remove(this);
            }
        }
        for (Event other : wanted) {
            if (isLinkedTo(other)) {
                continue;
            }
            changed.add(other);
            if (idOrFail() < other.idOrFail()) {
                linkedLater.add(other);
                other.linkedEarlier.add(this);
            }
            else {
                other.linkedLater.add(this);
                linkedEarlier.add(other);
            }
        }
        return changed;
    }

    /** Another event was linked to or unlinked from this one: this event's public page changed too. */
    public void linksChangedBy(String editor, Instant now) {
        touch(editor, now);
    }

    private boolean isLinkedTo(Event other) {
        return linkedLater.contains(other) || linkedEarlier.contains(other);
    }

    public Set<Event> related() {
        Set<Event> related = new LinkedHashSet<>(linkedEarlier);
        related.addAll(linkedLater);
        return related;
    }

    private long idOrFail() {
        if (id == null) {
            throw new IllegalStateException("An event is saved before it is related to others");
        }
        return id;
    }

    /** Makes the event public. A published event must say where its facts come from. */
    public void publish(String editor, Instant now) {
        if (sources.isEmpty()) {
            throw EventRuleException.onField("sources", "event.rule.publishNeedsSource");
        }
        if (status == EventStatus.PUBLISHED) {
            throw new EventRuleException("event.rule.alreadyPublished");
        }
        this.status = EventStatus.PUBLISHED;
        this.withdrawnReason = null;
        if (publishedAt == null) {
            this.publishedAt = now;
        }
        touch(editor, now);
    }

    /** Takes a published event back to draft, off every public page; its slug stays fixed. */
    public void unpublish(String editor, Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw new EventRuleException("event.rule.unpublishNeedsPublished");
        }
        this.status = EventStatus.DRAFT;
        touch(editor, now);
    }

    /** Takes a published event off the timeline, leaving a public tombstone with the reason. */
    public void withdraw(String reason, String editor, Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw new EventRuleException("event.rule.withdrawNeedsPublished");
        }
        if (reason.isBlank()) {
            throw new EventRuleException("event.rule.withdrawNeedsReason");
        }
        this.status = EventStatus.WITHDRAWN;
        this.withdrawnReason = reason.strip();
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

    // Deliberate parallel of EventTranslation's getters for the same columns: a translation is its own audited row.
    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public @Nullable String getBody() {
        return body;
    }

    public HonestDate getDate() {
        return date;
    }

    public EventType getType() {
        return type;
    }

    public @Nullable Development getDevelopment() {
        return development;
    }

    public @Nullable String getLocation() {
        return location;
    }

    public EventStatus getStatus() {
        return status;
    }

    public @Nullable String getWithdrawnReason() {
        return withdrawnReason;
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

    public Set<Topic> getTopics() {
        return Set.copyOf(topics);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Event event && id != null && id.equals(event.id);
    }

    @Override
    public int hashCode() {
        return Event.class.hashCode();
    }
}
