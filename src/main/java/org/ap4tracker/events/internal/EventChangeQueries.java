package org.ap4tracker.events.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.ap4tracker.events.ChangeCursor;
import org.ap4tracker.events.ChangeKind;
import org.ap4tracker.events.ChangePage;
import org.ap4tracker.events.EventChange;
import org.ap4tracker.events.PublicChange;
import org.ap4tracker.events.PublicChangePage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the public change log that the V20 triggers write. Only entries of transactions older than every
 * transaction still running are listed: they can no longer change, and nothing committed later can sort
 * before them, so a reader resuming after the last entry it saw misses nothing.
 */
@Repository
public class EventChangeQueries {

    private final JdbcClient jdbc;

    EventChangeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChangePage after(@Nullable ChangeCursor since, int limit) {
        String position = since == null ? "" : " and (c.txid, c.id) > (cast(:txid as xid8), :id)";
        List<Row> rows = jdbc.sql("""
                select c.txid::text as txid, c.id, c.kind, c.slug, c.version, c.withdrawn_reason, c.changed_at
                from event_change c
                where c.txid < pg_snapshot_xmin(pg_current_snapshot())%s
                order by c.txid, c.id
                limit :limit
                """.formatted(position))
                .param("txid", since == null ? "0" : Long.toString(since.txid()))
                .param("id", since == null ? 0L : since.id())
                .param("limit", limit + 1)
                .query((rs, n) -> new Row(new ChangeCursor(Long.parseLong(rs.getString("txid")), rs.getLong("id")),
                        new EventChange(ChangeKind.valueOf(rs.getString("kind")), rs.getString("slug"),
                                rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getLong("version"),
                                rs.getString("withdrawn_reason"))))
                .list();
        boolean more = rows.size() > limit;
        List<Row> shown = more ? rows.subList(0, limit) : rows;
        List<EventChange> changes = new ArrayList<>(shown.size());
        shown.forEach(row -> changes.add(row.change()));
        ChangeCursor resumeFrom = shown.isEmpty() ? since : shown.get(shown.size() - 1).position();
        return new ChangePage(List.copyOf(changes), resumeFrom, more);
    }

    /**
     * The public version, read once per read scope; empty in a transaction that may have written
     * ({@link PublicVersionKey}).
     */
    public OptionalLong publicVersion() {
        return PublicVersionKey.current(jdbc);
    }

    /** When anything public last changed: an event (in the log) or a storyline. */
    public Optional<Instant> lastChange() {
        return jdbc.sql("""
                select greatest((select max(changed_at) from event_change), (select max(updated_at) from development))
                """)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .single()
                .map(OffsetDateTime::toInstant);
    }

    /** When the public view of one event last changed, including changes its neighbours made to it. */
    public Optional<Instant> lastChangeOf(String slug) {
        return jdbc.sql("""
                select greatest(e.updated_at, (select max(c.changed_at) from event_change c where c.event_id = e.id))
                from event e where e.slug = :slug and e.status <> 'DRAFT'
                """)
                .param("slug", slug)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    private record Row(ChangeCursor position, EventChange change) {
    }

    /**
     * The public changelog, newest first, before a position. Left out: incidental entries (V25), and
     * corrections that come with a publication, withdrawal or removal in the same transaction, which are
     * the events the desk touches when it links a new event to them. Unlike {@link #after}, entries of
     * transactions still running elsewhere are not held back: readers see a change once it commits.
     * <p>
     * The note is the one on the Envers revision of the same transaction (joined by transaction id), and only
     * when that revision recorded this event: a storyline's note never reaches its events' entries, and a
     * draft's notes never show, since drafts have no entries.
     */
    public PublicChangePage publicBefore(@Nullable ChangeCursor before, int limit) {
        String position = before == null ? "" : " and (c.txid, c.id) < (cast(:txid as xid8), :id)";
        List<PublicChange> rows = jdbc.sql("""
                select c.txid::text as txid, c.id, c.kind, c.slug, c.changed_at, c.withdrawn_reason, c.initial, c.language,
                       case when c.kind <> 'REMOVED' and e.slug = c.slug and e.status <> 'DRAFT'
                            then coalesce(tr.title, e.title) end as title,
                       coalesce(tr.lang, 'en') as title_language,
                       case when c.kind <> 'REMOVED' then (
                           select r.change_note from revision r
                           where r.txid = c.txid and r.change_note is not null
                             and (exists (select 1 from event_aud a where a.id = c.event_id and a.rev = r.id)
                                  or exists (select 1 from event_translation_aud a
                                             where a.event_id = c.event_id and a.lang = c.language and a.rev = r.id))
                           order by r.id desc
                           limit 1) end as note,
                       c.kind = 'PUBLISHED' and exists (
                           select 1 from event_change p
                           where p.event_id = c.event_id and p.id < c.id and not p.incidental) as again
                from event_change c
                left join event e on e.id = c.event_id
                left join event_translation tr on tr.event_id = e.id and tr.lang = :lang
                where not c.incidental
                  and (c.kind <> 'UPDATED' or not exists (
                           select 1 from event_change s
                           where s.txid = c.txid and s.kind <> 'UPDATED' and not s.incidental))%s
                order by c.txid desc, c.id desc
                limit :limit
                """.formatted(position))
                .param("txid", before == null ? "0" : Long.toString(before.txid()))
                .param("id", before == null ? 0L : before.id())
                .param("limit", limit + 1)
                .param("lang", ContentLanguage.current())
                .query((rs, n) -> new PublicChange(rs.getLong("id"),
                        new ChangeCursor(Long.parseLong(rs.getString("txid")), rs.getLong("id")),
                        ChangeKind.valueOf(rs.getString("kind")), rs.getBoolean("again"), rs.getBoolean("initial"),
                        rs.getString("slug"),
                        rs.getString("title"), rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("withdrawn_reason"), rs.getString("note"), rs.getString("language"),
                        rs.getString("title_language")))
                .list();
        if (rows.size() <= limit) {
            return new PublicChangePage(List.copyOf(rows), null);
        }
        List<PublicChange> shown = List.copyOf(rows.subList(0, limit));
        return new PublicChangePage(shown, shown.get(limit - 1).position());
    }
}
