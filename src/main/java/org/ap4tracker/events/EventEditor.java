package org.ap4tracker.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.ap4tracker.audit.AuditLog;
import org.ap4tracker.audit.Auditor;
import org.ap4tracker.events.internal.Actor;
import org.ap4tracker.events.internal.ActorRepository;
import org.ap4tracker.events.internal.Development;
import org.ap4tracker.events.internal.DevelopmentRepository;
import org.ap4tracker.events.internal.Event;
import org.ap4tracker.events.internal.Picture;
import org.ap4tracker.events.internal.EventContent;
import org.ap4tracker.events.internal.EventRepository;
import org.ap4tracker.events.internal.EventRevisions;
import org.ap4tracker.events.internal.FieldSnapshot;
import org.ap4tracker.events.internal.EventSnapshot;
import org.ap4tracker.events.internal.Slugs;
import org.ap4tracker.events.internal.Source;
import org.ap4tracker.events.internal.Statement;
import org.ap4tracker.events.internal.Topic;
import org.ap4tracker.events.internal.TopicRepository;
import org.ap4tracker.system.PlainText;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes events: create, edit, publish, unpublish, withdraw, delete drafts and restore earlier revisions.
 * Every write checks the version the editor started from, is kept as a revision with the editor's note,
 * and is recorded in the audit log, all in one transaction, so a refused write leaves nothing behind.
 */
@Service
@Transactional
public class EventEditor {

    /** Statements per JDBC batch in a transaction of many writes; see {@link #forgetLoaded()}. */
    private static final int BULK_BATCH = 100;

    private final EventRepository events;
    private final ActorRepository actors;
    private final TopicRepository topics;
    private final DevelopmentRepository developments;
    private final EventRevisions revisions;
    private final AuditLog auditLog;
    private final Auditor auditor;
    private final HonestDateFormat dateFormat;
    private final Clock clock;
    private final EntityManager entityManager;

    EventEditor(EventRepository events, ActorRepository actors, TopicRepository topics,
            DevelopmentRepository developments, EventRevisions revisions, AuditLog auditLog,
            Auditor auditor, HonestDateFormat dateFormat, Clock clock, EntityManager entityManager) {
        this.events = events;
        this.actors = actors;
        this.topics = topics;
        this.developments = developments;
        this.revisions = revisions;
        this.auditLog = auditLog;
        this.auditor = auditor;
        this.dateFormat = dateFormat;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public EditableEvent open(String slug) {
        return editable(existing(slug));
    }

    /** Creates a draft, or a published event when {@code publish} is set; returns its slug. */
    public String create(EventInput input, boolean publish) {
        List<FieldProblem> problems = new ArrayList<>();
        EventContent content = resolve(input, problems);
        List<Event> related = relatedEvents(input, null, problems);
        String slug = newSlug(input, content.date(), problems);
        failIf(problems);
        String editor = auditor.username();
        revisions.describeCurrent(publish ? "PUBLISHED" : "CREATED", input.changeNote());
        Event event = new Event(slug, content.title(), content.summary(), content.date(), content.type(), editor,
                clock.instant());
        event.revise(content, editor, clock.instant());
        events.saveAndFlush(event);
        relate(event, related, editor);
        if (publish) {
            event.publish(editor, clock.instant());
        }
        auditLog.record(publish ? "EVENT_CREATED_PUBLISHED" : "EVENT_CREATED", "event", slug, content.title());
        return slug;
    }

    /** Saves the editor's changes, refused if someone else saved since {@code expectedVersion}; returns the slug. */
    public String update(String slug, long expectedVersion, EventInput input, boolean publish) {
        Event event = existing(slug);
        checkVersion(event, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        EventContent content = resolve(input, problems);
        List<Event> related = relatedEvents(input, event, problems);
        String newSlug = input.slug() == null || input.slug().isBlank() ? event.getSlug() : input.slug().strip();
        if (!newSlug.equals(event.getSlug())) {
            if (event.slugIsFixed()) {
                problems.add(FieldProblem.of("slug", "event.slug.fixed"));
            }
            else if (events.existsBySlug(newSlug)) {
                problems.add(FieldProblem.of("slug", "event.slug.taken"));
            }
        }
        failIf(problems);
        String editor = auditor.username();
        revisions.describeCurrent(publish ? "PUBLISHED" : "EDITED", input.changeNote());
        event.renameTo(newSlug);
        event.revise(content, editor, clock.instant());
        relate(event, related, editor);
        if (publish) {
            event.publish(editor, clock.instant());
        }
        auditLog.record(publish ? "EVENT_EDITED_PUBLISHED" : "EVENT_EDITED", "event", newSlug,
                newSlug.equals(slug) ? input.changeNote() : "renamed from " + slug);
        return newSlug;
    }

    public void publish(String slug, long expectedVersion, @Nullable String note) {
        Event event = existing(slug);
        checkVersion(event, expectedVersion);
        requirePlainText("note", note);
        revisions.describeCurrent("PUBLISHED", note);
        event.publish(auditor.username(), clock.instant());
        auditLog.record("EVENT_PUBLISHED", "event", slug, note);
    }

    public void unpublish(String slug, long expectedVersion, @Nullable String note) {
        Event event = existing(slug);
        checkVersion(event, expectedVersion);
        requirePlainText("note", note);
        revisions.describeCurrent("UNPUBLISHED", note);
        event.unpublish(auditor.username(), clock.instant());
        auditLog.record("EVENT_UNPUBLISHED", "event", slug, note);
    }

    /**
     * Shows a picture with the event, at the end. The file must already be kept (the image module stores it
     * first, in the same transaction). Like every change of the event, it becomes a revision in its history.
     */
    public void addPicture(String slug, String sha256, PictureDescription description) {
        Event event = existing(slug);
        Picture picture = picture(sha256, description);
        revisions.describeCurrent("PICTURE_ADDED", null);
        event.addPicture(picture, auditor.username(), clock.instant());
        auditLog.record("EVENT_PICTURE_ADDED", "event", slug, sha256);
    }

    /** Changes the alt text, caption, credit or licence of a picture; false when the event shows no such picture. */
    public boolean describePicture(String slug, String sha256, PictureDescription description) {
        Event event = existing(slug);
        Picture picture = picture(sha256, description);
        revisions.describeCurrent("PICTURE_EDITED", null);
        boolean shown = event.redescribePicture(picture, auditor.username(), clock.instant());
        if (shown) {
            auditLog.record("EVENT_PICTURE_EDITED", "event", slug, sha256);
        }
        return shown;
    }

    /** Takes a picture off the event; false when the event shows no such picture. Its file stays, for history. */
    public boolean removePicture(String slug, String sha256) {
        Event event = existing(slug);
        revisions.describeCurrent("PICTURE_REMOVED", null);
        boolean removed = event.removePicture(sha256, auditor.username(), clock.instant());
        if (removed) {
            auditLog.record("EVENT_PICTURE_REMOVED", "event", slug, sha256);
        }
        return removed;
    }

    /** The form checks these first; this keeps the rule for any other caller. */
    private static Picture picture(String sha256, PictureDescription description) {
        List<FieldProblem> problems = new ArrayList<>();
        if (description.alt() == null || description.alt().isBlank()) {
            problems.add(FieldProblem.of("alt", "picture.alt.required"));
        }
        if (description.credit() == null || description.credit().isBlank()) {
            problems.add(FieldProblem.of("credit", "picture.credit.required"));
        }
        failIf(problems);
        requirePlainText("alt", description.alt());
        requirePlainText("caption", description.caption());
        requirePlainText("credit", description.credit());
        requirePlainText("licence", description.licence());
        return new Picture(sha256, description.alt().strip(), blankToNull(description.caption()),
                description.credit().strip(), blankToNull(description.licence()));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Withdraws a published event; its page keeps answering, with 410 and the public reason. */
    public void withdraw(String slug, long expectedVersion, String reason, @Nullable String note) {
        Event event = existing(slug);
        checkVersion(event, expectedVersion);
        if (reason.strip().length() > 600) {
            throw new InvalidEventException(List.of(FieldProblem.of("reason", "event.withdraw.reasonTooLong")));
        }
        requirePlainText("reason", reason);
        requirePlainText("note", note);
        revisions.describeCurrent("WITHDRAWN", note);
        event.withdraw(reason, auditor.username(), clock.instant());
        auditLog.record("EVENT_WITHDRAWN", "event", slug, reason);
    }

    /** Deletes an event that was never published; anything once public is withdrawn instead. */
    public void deleteDraft(String slug, long expectedVersion) {
        Event event = existing(slug);
        checkVersion(event, expectedVersion);
        if (event.getStatus() != EventStatus.DRAFT || event.getPublishedAt() != null) {
            throw new EventRuleException("event.rule.deleteOnlyDrafts");
        }
        revisions.describeCurrent("DELETED", null);
        relate(event, List.of(), auditor.username());
        events.delete(event);
        auditLog.record("EVENT_DELETED", "event", slug, event.getTitle());
    }

    /** Makes an earlier revision's content current again, as a new revision; status and slug stay as they are. */
    public void restore(String slug, long revision, long expectedVersion) {
        Event event = existing(slug);
        checkVersion(event, expectedVersion);
        Event earlier = revisions.eventAtRevision(idOf(event), revision)
                .orElseThrow(() -> new EventRuleException("event.rule.noSuchRevision"))
                .state();
        EventInput input = inputOf(earlier, revisions.relatedSlugsAt(idOf(event), revision)).withSlug(null);
        List<FieldProblem> problems = new ArrayList<>();
        EventContent content = resolve(input, problems);
        List<Event> related = relatedEvents(input, event, problems);
        failIf(problems);
        revisions.describeCurrent("RESTORED", "Restored revision " + revision);
        event.revise(content, auditor.username(), clock.instant());
        relate(event, related, auditor.username());
        auditLog.record("EVENT_RESTORED", "event", slug, "revision " + revision);
    }

    /**
     * For many writes in one transaction (a bulk import): writes out what is pending and lets go of the
     * entities loaded so far. Hibernate checks every loaded entity for changes before each query, so without
     * this every row of a 5,000-row import re-checked all the rows before it. Envers keeps its own copy of
     * each change until the commit, so the history of the rows already written is not lost.
     */
    public void forgetLoaded() {
        // The history Envers writes at the commit, and the rows of each event's parts, are sent in batches.
        entityManager.unwrap(Session.class).setJdbcBatchSize(BULK_BATCH);
        entityManager.flush();
        entityManager.clear();
    }

    /** What changed since the editor's version, for an edit refused because someone else saved first. */
    @Transactional(readOnly = true)
    public EditConflictException conflictSince(String slug, long yourVersion) {
        return conflict(existing(slug), yourVersion);
    }

    private void relate(Event event, List<Event> related, String editor) {
        event.relateTo(new LinkedHashSet<>(related)).forEach(other -> other.linksChangedBy(editor, clock.instant()));
    }

    private void checkVersion(Event event, long expectedVersion) {
        if (event.getVersion() == null || event.getVersion() != expectedVersion) {
            throw conflict(event, expectedVersion);
        }
    }

    private EditConflictException conflict(Event event, long yourVersion) {
        Function<HonestDate, String> dateText = this::dateText;
        FieldSnapshot yours = revisions.eventAtVersion(idOf(event), yourVersion)
                .map(revised -> EventSnapshot.of(revised.state(), dateText,
                        revisions.relatedSlugsAt(idOf(event), revised.revision().getId())))
                .orElse(null);
        return new EditConflictException(event.getVersion(), event.getUpdatedBy(), event.getUpdatedAt(),
                EventSnapshot.of(event, dateText).changesSince(yours));
    }

    private String dateText(HonestDate date) {
        return dateFormat.format(date, Locale.ENGLISH);
    }

    private Event existing(String slug) {
        return events.findBySlug(slug).orElseThrow(() -> new EventNotFoundException(slug));
    }

    private static long idOf(Event event) {
        Long id = event.getId();
        if (id == null) {
            throw new IllegalStateException("Event " + event.getSlug() + " is not saved");
        }
        return id;
    }

    /** Notes and reasons come as single parameters rather than input records, so the text rule is applied here. */
    private static void requirePlainText(String field, @Nullable String text) {
        if (text != null && !PlainText.acceptable(text)) {
            throw new InvalidEventException(List.of(FieldProblem.of(field, "boundary.text.refused")));
        }
    }

    private static void failIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
    }

    private String newSlug(EventInput input, HonestDate date, List<FieldProblem> problems) {
        if (input.slug() != null && !input.slug().isBlank()) {
            String chosen = input.slug().strip();
            if (events.existsBySlug(chosen)) {
                problems.add(FieldProblem.of("slug", "event.slug.taken"));
            }
            return chosen;
        }
        String derived = Slugs.derive(date, input.title() == null ? "" : input.title());
        String candidate = derived;
        for (int number = 2; events.existsBySlug(candidate); number++) {
            candidate = Slugs.numbered(derived, number);
        }
        return candidate;
    }

    private EventContent resolve(EventInput input, List<FieldProblem> problems) {
        List<String> actorCodes = allActorCodes(input);
        // An empty list still costs a query; an import without topics would pay it for every row.
        Map<String, Actor> actorsByCode = (actorCodes.isEmpty() ? List.<Actor>of() : actors.findByCodeIn(actorCodes))
                .stream()
                .collect(Collectors.toMap(Actor::getCode, Function.identity()));
        Set<Actor> eventActors = new LinkedHashSet<>();
        for (String code : input.actorCodes()) {
            Actor actor = actorsByCode.get(code);
            if (actor == null) {
                problems.add(FieldProblem.of("actors", "event.actors.unknown", code));
            }
            else {
                eventActors.add(actor);
            }
        }
        Map<String, Topic> topicsBySlug = (input.topicSlugs().isEmpty() ? List.<Topic>of()
                : topics.findBySlugIn(input.topicSlugs())).stream()
                .collect(Collectors.toMap(Topic::getSlug, Function.identity()));
        Set<Topic> eventTopics = new LinkedHashSet<>();
        for (String slug : input.topicSlugs()) {
            Topic topic = topicsBySlug.get(slug);
            if (topic == null) {
                problems.add(FieldProblem.of("topics", "event.topics.unknown", slug));
            }
            else {
                eventTopics.add(topic);
            }
        }
        Development development = null;
        if (EventInput.present(input.development())) {
            development = developments.findBySlug(input.development().strip()).orElse(null);
            if (development == null) {
                problems.add(FieldProblem.of("development", "event.development.unknown", input.development()));
            }
        }
        List<Statement> statements = new ArrayList<>();
        List<StatementInput> rows = input.statementRows();
        for (int i = 0; i < rows.size(); i++) {
            StatementInput row = rows.get(i);
            Actor actor = null;
            if (EventInput.present(row.actor())) {
                actor = actorsByCode.get(row.actor().strip());
                if (actor == null) {
                    problems.add(FieldProblem.of("statements[" + i + "].actor", "event.actors.unknown", row.actor()));
                }
            }
            statements.add(new Statement(text(row.speaker()), optional(row.speakerRole()), actor, row.statedOn(),
                    optional(row.quote()), optional(row.paraphrase()),
                    EventInput.present(row.language()) ? row.language().strip() : "en", optional(row.originalText()),
                    row.stance(), optional(row.sourceUrl())));
        }
        List<Source> sources = input.sourceRows().stream()
                .map(row -> new Source(optional(row.url()), text(row.title()), optional(row.publisher()),
                        row.publishedOn(), row.accessedOn(), optional(row.archiveUrl()), row.kind()))
                .toList();
        return new EventContent(text(input.title()), text(input.summary()), optional(input.body()), dateOf(input),
                input.type(), development, optional(input.location()), eventActors, eventTopics, sources, statements);
    }

    private List<Event> relatedEvents(EventInput input, @Nullable Event self, List<FieldProblem> problems) {
        List<String> slugs = input.relatedSlugs();
        List<Event> found = slugs.isEmpty() ? List.of() : events.findBySlugIn(slugs);
        Set<String> foundSlugs = found.stream().map(Event::getSlug).collect(Collectors.toSet());
        for (String slug : slugs) {
            if (!foundSlugs.contains(slug)) {
                problems.add(FieldProblem.of("related", "event.related.unknown", slug));
            }
            else if (self != null && slug.equals(self.getSlug())) {
                problems.add(FieldProblem.of("related", "event.rule.relatedToItself"));
            }
        }
        return found;
    }

    private static List<String> allActorCodes(EventInput input) {
        List<String> codes = new ArrayList<>(input.actorCodes());
        input.statementRows().stream()
                .map(StatementInput::actor)
                .filter(EventInput::present)
                .map(String::strip)
                .forEach(codes::add);
        return codes;
    }

    /** A month- or year-precision date is stored as the first day of its period, whichever day was typed. */
    private static HonestDate dateOf(EventInput input) {
        LocalDate start = switch (input.precision()) {
            case DAY -> input.startDate();
            case MONTH -> input.startDate().withDayOfMonth(1);
            case YEAR -> input.startDate().withDayOfYear(1);
        };
        return new HonestDate(start, input.endDate(), input.precision(), input.qualifier());
    }

    private EditableEvent editable(Event event) {
        return new EditableEvent(event.getSlug(), inputOf(event, event.related().stream().map(Event::getSlug).toList()),
                event.getVersion(), event.getStatus(),
                event.slugIsFixed(), event.getWithdrawnReason(), event.getCreatedAt(), event.getCreatedBy(),
                event.getUpdatedAt(), event.getUpdatedBy(), event.getPublishedAt());
    }

    static EventInput inputOf(Event event, List<String> relatedSlugs) {
        HonestDate date = event.getDate();
        return new EventInput(event.getSlug(), event.getTitle(), event.getSummary(), event.getBody(), date.start(),
                date.end(), date.precision(), date.qualifier(), event.getType(),
                event.getActors().stream().map(Actor::getCode).sorted().toList(),
                event.getTopics().stream().map(Topic::getSlug).sorted().toList(),
                event.getDevelopment() == null ? null : event.getDevelopment().getSlug(),
                event.getLocation(),
                event.getSources().stream()
                        .map(s -> new SourceInput(s.url(), s.title(), s.publisher(), s.publishedOn(), s.accessedOn(),
                                s.archiveUrl(), s.kind()))
                        .toList(),
                event.getStatements().stream()
                        .map(s -> new StatementInput(s.speaker(), s.speakerRole(),
                                s.actor() == null ? null : s.actor().getCode(), s.statedOn(), s.quote(), s.paraphrase(),
                                s.language(), s.originalText(), s.stance(), s.sourceUrl()))
                        .toList(),
                relatedSlugs.stream().sorted().toList(),
                null);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
