-- The public change log behind GET /api/v1/changes: one row for each change to what the public can see of
-- an event, so that a client can mirror the public dataset exactly. Triggers write it, so every writer is
-- covered: the admin screens through JPA, the API, a migration or psql.
--
-- What the triggers cannot see is a change to an event's parts alone (sources, statements, actors, topics,
-- related links): whoever changes those must also update the event row, as JPA does by raising
-- event.version when a collection changes. A writer in psql bumps version (and updated_at) itself.
--
-- Kinds: PUBLISHED (the event appeared at this slug), UPDATED (a published event changed), WITHDRAWN (its
-- public tombstone appeared or changed), REMOVED (nothing is public at this slug any more: unpublished back
-- to draft, deleted, or moved to another slug).
--
-- Readers list only rows whose transaction id is below the oldest transaction still running
-- (pg_snapshot_xmin), in (txid, id) order. Every row listed is then committed for good, and any row that
-- commits later has a larger txid than every row already listed, so a client resuming from the last
-- (txid, id) it saw never skips a slow transaction that commits late.

create table event_change (
    id               bigint generated always as identity primary key,
    txid             xid8         not null default pg_current_xact_id(),
    -- No foreign key: the entry outlives a deleted event.
    event_id         bigint       not null,
    slug             varchar(120) not null,
    kind             varchar(16)  not null
                         constraint event_change_kind_known check (kind in ('PUBLISHED', 'UPDATED', 'WITHDRAWN', 'REMOVED')),
    version          bigint       not null,
    withdrawn_reason varchar(600),
    constraint event_change_withdrawal_has_reason check ((kind = 'WITHDRAWN') = (withdrawn_reason is not null)),
    changed_at       timestamptz  not null default now()
);
create index event_change_feed_idx on event_change (txid, id);
create index event_change_event_idx on event_change (event_id, changed_at);
create index event_change_time_idx on event_change (changed_at);

-- A baseline: whatever is public now, in the order it was created.
insert into event_change (event_id, slug, kind, version, withdrawn_reason, changed_at)
select id, slug, case status when 'PUBLISHED' then 'PUBLISHED' else 'WITHDRAWN' end, version, withdrawn_reason,
       updated_at
from event
where status <> 'DRAFT'
order by id;

-- Published events list each other as related: an event that joins or leaves the timeline, or moves to a
-- new slug, changes what its published neighbours show.
create function event_change_neighbours(changed_event_id bigint) returns void language sql as $$
    insert into event_change (event_id, slug, kind, version)
    select e.id, e.slug, 'UPDATED', e.version
    from event_link l
    join event e on e.id = case when l.event_a_id = changed_event_id then l.event_b_id else l.event_a_id end
    where (l.event_a_id = changed_event_id or l.event_b_id = changed_event_id) and e.status = 'PUBLISHED'
$$;

create function event_change_log() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        -- Runs before the delete, while the event's links still exist.
        if old.status <> 'DRAFT' then
            insert into event_change (event_id, slug, kind, version) values (old.id, old.slug, 'REMOVED', old.version);
        end if;
        if old.status = 'PUBLISHED' then
            perform event_change_neighbours(old.id);
        end if;
        return old;
    end if;

    if tg_op = 'UPDATE' then
        if old.status <> 'DRAFT' and (new.status = 'DRAFT' or new.slug <> old.slug) then
            insert into event_change (event_id, slug, kind, version) values (old.id, old.slug, 'REMOVED', new.version);
        end if;
        if (old.status = 'PUBLISHED') <> (new.status = 'PUBLISHED')
                or (new.status = 'PUBLISHED' and new.slug <> old.slug) then
            perform event_change_neighbours(new.id);
        end if;
    end if;

    if new.status = 'PUBLISHED' then
        if tg_op = 'INSERT' or old.status <> 'PUBLISHED' or old.slug <> new.slug then
            insert into event_change (event_id, slug, kind, version) values (new.id, new.slug, 'PUBLISHED', new.version);
        elsif old is distinct from new then
            insert into event_change (event_id, slug, kind, version) values (new.id, new.slug, 'UPDATED', new.version);
        end if;
    elsif new.status = 'WITHDRAWN' and (tg_op = 'INSERT' or old is distinct from new) then
        insert into event_change (event_id, slug, kind, version, withdrawn_reason)
        values (new.id, new.slug, 'WITHDRAWN', new.version, new.withdrawn_reason);
    end if;
    return null;
end
$$;

create trigger event_change_log after insert or update on event
    for each row execute function event_change_log();
create trigger event_change_log_delete before delete on event
    for each row execute function event_change_log();

-- Published events show the title of their storyline and the names of their actors and topics, so renaming
-- one of those changes every published event that shows it.
create function event_change_development_renamed() returns trigger language plpgsql as $$
begin
    insert into event_change (event_id, slug, kind, version)
    select e.id, e.slug, 'UPDATED', e.version from event e
    where e.development_id = new.id and e.status = 'PUBLISHED';
    return null;
end
$$;
create trigger event_change_development_renamed after update of slug, title on development
    for each row when (old.slug is distinct from new.slug or old.title is distinct from new.title)
    execute function event_change_development_renamed();

create function event_change_actor_renamed() returns trigger language plpgsql as $$
begin
    insert into event_change (event_id, slug, kind, version)
    select e.id, e.slug, 'UPDATED', e.version from event e
    where e.status = 'PUBLISHED'
      and (exists (select 1 from event_actor ea where ea.event_id = e.id and ea.actor_id = new.id)
           or exists (select 1 from event_statement s where s.event_id = e.id and s.actor_id = new.id));
    return null;
end
$$;
create trigger event_change_actor_renamed after update of code, name on actor
    for each row when (old.code is distinct from new.code or old.name is distinct from new.name)
    execute function event_change_actor_renamed();

create function event_change_topic_renamed() returns trigger language plpgsql as $$
begin
    insert into event_change (event_id, slug, kind, version)
    select e.id, e.slug, 'UPDATED', e.version from event e
    join event_topic et on et.event_id = e.id
    where et.topic_id = new.id and e.status = 'PUBLISHED';
    return null;
end
$$;
create trigger event_change_topic_renamed after update of slug, label on topic
    for each row when (old.slug is distinct from new.slug or old.label is distinct from new.label)
    execute function event_change_topic_renamed();
