package org.ap4tracker.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ap4tracker.audit.AuditLog;
import org.ap4tracker.audit.Auditor;
import org.ap4tracker.events.internal.ContentLanguage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translations of storylines, actors and topics at the desk, as {@link ContentTranslations} is for events: where
 * each language stands, the original beside the translation, and saving one. A save is one transaction with its
 * history entry (a revision and a row of the translation's {@code _aud} table, which Envers's event history
 * reads the same way) and its audit record; the database triggers add the incidental change log entries of the
 * events concerned and make cached pages stale. Written with SQL: the three tables share one shape.
 */
@Service
@Transactional
public class NameTranslations {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Auditor auditor;
    private final Clock clock;

    NameTranslations(JdbcClient jdbc, AuditLog auditLog, Auditor auditor, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Where each language stands, in {@link ContentTranslations#languages()} order. */
    @Transactional(readOnly = true)
    public Map<String, TranslationState> statesOf(TranslatedName kind, String key) {
        Map<String, TranslationState> states = new LinkedHashMap<>();
        ContentTranslations.languages().forEach(lang -> states.put(lang, TranslationState.MISSING));
        jdbc.sql("""
                select tr.lang, tr.source_digest = translation_source_digest(%s) as current
                from %s o join %s tr on tr.%s = o.id where o.%s = :key"""
                .formatted(kind.digestColumns(), kind.table(), kind.translationTable(), kind.idColumn(),
                        kind.keyColumn()))
                .param("key", key)
                .query(rs -> {
                    states.put(rs.getString("lang"),
                            rs.getBoolean("current") ? TranslationState.CURRENT : TranslationState.OUTDATED);
                });
        return states;
    }

    @Transactional(readOnly = true)
    public NameTranslationDraft draft(TranslatedName kind, String key, String lang) {
        checkLanguage(kind, lang);
        Original original = original(kind, key);
        Saved saved = jdbc.sql("""
                select tr.%s as name, %s as description, tr.translated_by, tr.updated_at, tr.version
                from %s tr where tr.%s = :id and tr.lang = :lang"""
                .formatted(kind.nameColumn(), kind.hasDescription() ? "tr.description" : "null",
                        kind.translationTable(), kind.idColumn()))
                .param("id", original.id()).param("lang", lang)
                .query((rs, n) -> new Saved(rs.getString("name"), rs.getString("description"),
                        rs.getString("translated_by"), rs.getTimestamp("updated_at").toInstant(),
                        rs.getLong("version")))
                .optional().orElse(null);
        return new NameTranslationDraft(kind, key, lang, original.name(), original.description(),
                statesOf(kind, key).get(lang), saved == null ? null : saved.name(),
                saved == null ? null : saved.description(), saved == null ? null : saved.translatedBy(),
                saved == null ? null : saved.updatedAt(), saved == null ? null : saved.version(),
                history(kind, original.id(), lang));
    }

    /** Saves the translation; refused with the problems by field when a field is wrong or someone saved since. */
    public void save(TranslatedName kind, String key, String lang, NameTranslationInput input) {
        save(kind, key, lang, input, false);
    }

    /**
     * An earlier state of the translation from its history, to restore; not found when the translation has no such
     * revision (or the original no such translation).
     */
    @Transactional(readOnly = true)
    public NameTranslationRevision revision(TranslatedName kind, String key, String lang, long revision) {
        checkLanguage(kind, lang);
        Original original = original(kind, key);
        long current = jdbc.sql("select version from %s where %s = :id and lang = :lang"
                        .formatted(kind.translationTable(), kind.idColumn()))
                .param("id", original.id()).param("lang", lang).query(Long.class).optional()
                .orElseThrow(() -> new ReferenceDataNotFoundException(kind.translationTable(), key));
        return jdbc.sql("""
                select r.made_at, r.username, a.%s as name, %s as description
                from %s_aud a join revision r on r.id = a.rev
                where a.%s = :id and a.lang = :lang and a.rev = :rev and a.%1$s is not null"""
                .formatted(kind.nameColumn(), kind.hasDescription() ? "a.description" : "null",
                        kind.translationTable(), kind.idColumn()))
                .param("id", original.id()).param("lang", lang).param("rev", revision)
                .query((rs, n) -> new NameTranslationRevision(kind, key, lang, original.name(), revision,
                        rs.getString("username"), rs.getTimestamp("made_at").toInstant(), rs.getString("name"),
                        rs.getString("description"), current))
                .optional().orElseThrow(() -> new ReferenceDataNotFoundException(kind.translationTable(), key));
    }

    /**
     * Brings the translation back to an earlier revision's text, saved as a new revision (action
     * TRANSLATION_RESTORED) so the history stays complete; refused like a save when someone saved since
     * {@code version}.
     */
    public void restore(TranslatedName kind, String key, String lang, long revision, long version) {
        NameTranslationRevision earlier = revision(kind, key, lang, revision);
        save(kind, key, lang, new NameTranslationInput(earlier.name(), earlier.description(), version, null), true);
    }

    private void save(TranslatedName kind, String key, String lang, NameTranslationInput input, boolean restored) {
        checkLanguage(kind, lang);
        Original original = original(kind, key);
        @Nullable Long current = jdbc.sql("select version from %s where %s = :id and lang = :lang for update"
                        .formatted(kind.translationTable(), kind.idColumn()))
                .param("id", original.id()).param("lang", lang).query(Long.class).optional().orElse(null);
        List<FieldProblem> problems = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("name", "translation.name.required"));
        }
        else if (name.length() > kind.nameMax()) {
            problems.add(FieldProblem.of("name", "translation.name.tooLong", kind.nameMax()));
        }
        String description = input.description() == null ? "" : input.description().strip();
        if (description.length() > NameTranslationInput.DESCRIPTION_MAX) {
            problems.add(FieldProblem.of("description", "translation.description.tooLong",
                    NameTranslationInput.DESCRIPTION_MAX));
        }
        Long startedFrom = input.version();
        if (current == null ? startedFrom != null : !current.equals(startedFrom)) {
            problems.add(FieldProblem.of("name", "translation.stale"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String action = restored ? "TRANSLATION_RESTORED" : current == null ? "TRANSLATED" : "TRANSLATION_EDITED";
        String descriptionColumn = kind.hasDescription() ? ", description" : "";
        String descriptionValue = kind.hasDescription() ? ", :description" : "";
        jdbc.sql("""
                insert into %1$s (%2$s, lang, %3$s%4$s, source_digest, translated_by, updated_at)
                select o.id, :lang, :name%5$s, translation_source_digest(%6$s), :by, :now from %7$s o where o.id = :id
                on conflict (%2$s, lang) do update set %3$s = excluded.%3$s%8$s, source_digest = excluded.source_digest,
                    translated_by = excluded.translated_by, updated_at = excluded.updated_at,
                    version = %1$s.version + 1"""
                .formatted(kind.translationTable(), kind.idColumn(), kind.nameColumn(), descriptionColumn,
                        descriptionValue, kind.digestColumns(), kind.table(),
                        kind.hasDescription() ? ", description = excluded.description" : ""))
                .param("id", original.id()).param("lang", lang).param("name", name)
                .param("description", description).param("by", auditor.username()).param("now", now)
                .update();
        long revision = jdbc.sql("""
                insert into revision (made_at, username, action, change_note) values (:now, :by, :action, :note)
                returning id""")
                .param("now", now).param("by", auditor.username()).param("action", action)
                .param("note", input.changeNote() == null || input.changeNote().isBlank() ? null
                        : input.changeNote().strip())
                .query(Long.class).single();
        String audColumns = kind.hasDescription() ? ", created_at" : "";
        jdbc.sql("""
                insert into %1$s_aud (%2$s, lang, rev, revtype, %3$s%4$s, source_digest, translated_by, updated_at,
                                      version%5$s)
                select %2$s, lang, :rev, :revtype, %3$s%4$s, source_digest, translated_by, updated_at, version%5$s
                from %1$s where %2$s = :id and lang = :lang"""
                .formatted(kind.translationTable(), kind.idColumn(), kind.nameColumn(), descriptionColumn, audColumns))
                .param("rev", revision).param("revtype", current == null ? 0 : 1)
                .param("id", original.id()).param("lang", lang).update();
        auditLog.record(kind.name() + "_" + action, kind.name().toLowerCase(java.util.Locale.ROOT), key, lang);
    }

    private List<EventTranslationDraft.Revision> history(TranslatedName kind, long id, String lang) {
        return jdbc.sql("""
                select r.id, r.made_at, r.username, r.action, r.change_note, a.%s as name
                from %s_aud a join revision r on r.id = a.rev
                where a.%s = :id and a.lang = :lang
                order by r.id desc""".formatted(kind.nameColumn(), kind.translationTable(), kind.idColumn()))
                .param("id", id).param("lang", lang)
                .query((rs, n) -> new EventTranslationDraft.Revision(rs.getLong("id"),
                        rs.getTimestamp("made_at").toInstant(), rs.getString("username"), rs.getString("action"),
                        rs.getString("change_note"), rs.getString("name")))
                .list();
    }

    private Original original(TranslatedName kind, String key) {
        return jdbc.sql("select o.id, o.%s as name, %s as description from %s o where o.%s = :key"
                        .formatted(kind.nameColumn(), kind.hasDescription() ? "o.description" : "null", kind.table(),
                                kind.keyColumn()))
                .param("key", key)
                .query((rs, n) -> new Original(rs.getLong("id"), rs.getString("name"), rs.getString("description")))
                .optional().orElseThrow(() -> new ReferenceDataNotFoundException(kind.table(), key));
    }

    private static void checkLanguage(TranslatedName kind, String lang) {
        if (!ContentLanguage.TRANSLATED.contains(lang)) {
            throw new ReferenceDataNotFoundException(kind.table(), lang);
        }
    }

    private record Original(long id, String name, @Nullable String description) {
    }

    private record Saved(String name, @Nullable String description, String translatedBy, java.time.Instant updatedAt,
            long version) {
    }
}
