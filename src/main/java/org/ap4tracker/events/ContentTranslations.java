package org.ap4tracker.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ap4tracker.audit.AuditLog;
import org.ap4tracker.audit.Auditor;
import org.ap4tracker.events.internal.ContentLanguage;
import org.ap4tracker.events.internal.Event;
import org.ap4tracker.events.internal.EventRepository;
import org.ap4tracker.events.internal.EventRevisions;
import org.ap4tracker.events.internal.EventTranslation;
import org.ap4tracker.events.internal.EventTranslationRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translations of events at the desk: where each language stands, the original beside the translation, and
 * saving one. A save is one transaction with its history entry (Envers, as for events) and its audit record;
 * the database triggers add the public change log entry and make cached pages stale.
 */
@Service
@Transactional
public class ContentTranslations {

    private final EventRepository events;
    private final EventTranslationRepository translations;
    private final EventRevisions revisions;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final Auditor auditor;
    private final Clock clock;

    ContentTranslations(EventRepository events, EventTranslationRepository translations, EventRevisions revisions,
            AuditLog auditLog, JdbcClient jdbc, Clock clock, Auditor auditor) {
        this.events = events;
        this.translations = translations;
        this.revisions = revisions;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** The languages an event can be translated into, in the order the desk lists them. */
    public static List<String> languages() {
        return ContentLanguage.TRANSLATED.stream().sorted().toList();
    }

    /** Where each language of the event stands, in {@link #languages()} order. */
    @Transactional(readOnly = true)
    public Map<String, TranslationState> statesOf(String slug) {
        Map<String, TranslationState> states = new LinkedHashMap<>();
        languages().forEach(lang -> states.put(lang, TranslationState.MISSING));
        jdbc.sql("""
                select tr.lang, tr.source_digest = translation_source_digest(e.title, e.summary, e.body) as current
                from event e join event_translation tr on tr.event_id = e.id
                where e.slug = :slug""")
                .param("slug", slug)
                .query(rs -> {
                    states.put(rs.getString("lang"),
                            rs.getBoolean("current") ? TranslationState.CURRENT : TranslationState.OUTDATED);
                });
        return states;
    }

    @Transactional(readOnly = true)
    public EventTranslationDraft draft(String slug, String lang) {
        Event event = existing(slug);
        checkLanguage(lang);
        long id = idOf(event);
        EventTranslation translation = translations.findById(new EventTranslation.Key(id, lang)).orElse(null);
        TranslationState state = statesOf(slug).get(lang);
        return new EventTranslationDraft(slug, lang, event.getTitle(), event.getSummary(), event.getBody(), state,
                translation == null ? null : translation.getTitle(),
                translation == null ? null : translation.getSummary(),
                translation == null ? null : translation.getBody(),
                translation == null ? null : translation.getTranslatedBy(),
                translation == null ? null : translation.getUpdatedAt(),
                translation == null ? null : translation.getVersion(),
                history(id, lang));
    }

    /** Saves the translation; refused with the problems by field when a field is wrong or someone saved since. */
    public void save(String slug, String lang, TranslationInput input) {
        save(slug, lang, input, false);
    }

    /**
     * An earlier state of the translation from its history, to restore; not found when the translation has no
     * such revision (or the event no such translation).
     */
    @Transactional(readOnly = true)
    public EventTranslationRevision revision(String slug, String lang, long revision) {
        Event event = existing(slug);
        checkLanguage(lang);
        long id = idOf(event);
        EventTranslation current = translations.findById(new EventTranslation.Key(id, lang))
                .orElseThrow(() -> new EventNotFoundException(slug));
        return jdbc.sql("""
                select r.made_at, r.username, a.title, a.summary, a.body
                from event_translation_aud a join revision r on r.id = a.rev
                where a.event_id = :id and a.lang = :lang and a.rev = :rev and a.title is not null""")
                .param("id", id).param("lang", lang).param("rev", revision)
                .query((rs, n) -> new EventTranslationRevision(slug, lang, event.getTitle(), revision,
                        rs.getString("username"), rs.getTimestamp("made_at").toInstant(), rs.getString("title"),
                        rs.getString("summary"), rs.getString("body"), event.getStatus() == EventStatus.PUBLISHED,
                        current.getVersion()))
                .optional().orElseThrow(() -> new EventNotFoundException(slug));
    }

    /**
     * Brings the translation back to an earlier revision's text, saved as a new revision (action
     * TRANSLATION_RESTORED); refused like a save when someone saved since {@code version}.
     */
    public void restore(String slug, String lang, long revision, long version) {
        EventTranslationRevision earlier = revision(slug, lang, revision);
        save(slug, lang, new TranslationInput(earlier.title(), earlier.summary(), earlier.body(), version, null), true);
    }

    private void save(String slug, String lang, TranslationInput input, boolean restored) {
        Event event = existing(slug);
        checkLanguage(lang);
        long id = idOf(event);
        EventTranslation.Key key = new EventTranslation.Key(id, lang);
        EventTranslation existing = translations.findById(key).orElse(null);
        List<FieldProblem> problems = new ArrayList<>();
        String title = required(input.title(), "title", TranslationInput.TITLE_MAX, problems);
        String summary = required(input.summary(), "summary", TranslationInput.SUMMARY_MAX, problems);
        String body = input.body() == null || input.body().isBlank() ? null : input.body().strip();
        if (body != null && body.length() > TranslationInput.BODY_MAX) {
            problems.add(FieldProblem.of("body", "translation.body.tooLong", TranslationInput.BODY_MAX));
        }
        Long startedFrom = input.version();
        if (existing == null ? startedFrom != null : startedFrom == null || startedFrom != existing.getVersion()) {
            problems.add(FieldProblem.of("title", "translation.stale"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
        String digest = jdbc.sql("select translation_source_digest(title, summary, body) from event where id = :id")
                .param("id", id).query(String.class).single();
        revisions.describeCurrent(restored ? "TRANSLATION_RESTORED" : existing == null ? "TRANSLATED"
                : "TRANSLATION_EDITED", input.changeNote());
        EventTranslation translation = existing == null ? new EventTranslation(id, lang, clock.instant()) : existing;
        translation.revise(title, summary, body, digest, auditor.username(), clock.instant());
        translations.saveAndFlush(translation);
        auditLog.record(restored ? "EVENT_TRANSLATION_RESTORED" : existing == null ? "EVENT_TRANSLATED"
                : "EVENT_TRANSLATION_EDITED", "event", slug, lang);
    }

    private List<EventTranslationDraft.Revision> history(long eventId, String lang) {
        return jdbc.sql("""
                select r.id, r.made_at, r.username, r.action, r.change_note, a.title
                from event_translation_aud a join revision r on r.id = a.rev
                where a.event_id = :id and a.lang = :lang
                order by r.id desc""")
                .param("id", eventId)
                .param("lang", lang)
                .query((rs, n) -> new EventTranslationDraft.Revision(rs.getLong("id"),
                        rs.getTimestamp("made_at").toInstant(), rs.getString("username"), rs.getString("action"),
                        rs.getString("change_note"), rs.getString("title")))
                .list();
    }

    private static @Nullable String required(@Nullable String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "translation." + field + ".required"));
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problems.add(FieldProblem.of(field, "translation." + field + ".tooLong", max));
        }
        return text;
    }

    private Event existing(String slug) {
        return events.findBySlug(slug).orElseThrow(() -> new EventNotFoundException(slug));
    }

    private static long idOf(Event event) {
        Long id = event.getId();
        if (id == null) {
            throw new IllegalStateException("A saved event has an id");
        }
        return id;
    }

    private static void checkLanguage(String lang) {
        if (!ContentLanguage.TRANSLATED.contains(lang)) {
            throw new EventNotFoundException(lang);
        }
    }
}
