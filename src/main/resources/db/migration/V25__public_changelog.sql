-- The public changelog (/changes) shows each change to an event with the note the editor wrote for it. The
-- note lives on the Envers revision, the change on event_change (V20); both are written in the same
-- transaction, so the transaction id joins them exactly. Revisions made before this migration keep a null
-- txid: their notes were written for the desk only and stay there.
--
-- The column is added first and given its default afterwards, so that existing rows stay null rather than
-- all taking this migration's transaction id. Hibernate does not map it: the default fills it in.
alter table revision add column txid xid8;
alter table revision alter column txid set default pg_current_xact_id();
create index revision_txid_idx on revision (txid);

-- Entries that exist only because something else changed are incidental: a related event was published,
-- withdrawn or moved (its neighbours' "related events" lists change), or a storyline, actor or topic was
-- renamed (every event showing it changes). Mirrors of the API need them; readers of the changelog do not,
-- and a rename of NATO would otherwise bury every real change under thousands of "corrected" entries.
-- Entries written before this migration count as not incidental.
alter table event_change add column incidental boolean not null default false;

-- What the changelog pages through, newest first, whatever the number of incidental entries.
create index event_change_public_idx on event_change (txid, id) where not incidental;

create or replace function event_change_neighbours(changed_event_id bigint) returns void language sql as $$
    insert into event_change (event_id, slug, kind, version, incidental)
    select e.id, e.slug, 'UPDATED', e.version, true
    from event_link l
    join event e on e.id = case when l.event_a_id = changed_event_id then l.event_b_id else l.event_a_id end
    where (l.event_a_id = changed_event_id or l.event_b_id = changed_event_id) and e.status = 'PUBLISHED'
$$;

create or replace function event_change_development_renamed() returns trigger language plpgsql as $$
begin
    insert into event_change (event_id, slug, kind, version, incidental)
    select e.id, e.slug, 'UPDATED', e.version, true from event e
    where e.development_id = new.id and e.status = 'PUBLISHED';
    return null;
end
$$;

create or replace function event_change_actor_renamed() returns trigger language plpgsql as $$
begin
    insert into event_change (event_id, slug, kind, version, incidental)
    select e.id, e.slug, 'UPDATED', e.version, true from event e
    where e.status = 'PUBLISHED'
      and (exists (select 1 from event_actor ea where ea.event_id = e.id and ea.actor_id = new.id)
           or exists (select 1 from event_statement s where s.event_id = e.id and s.actor_id = new.id));
    return null;
end
$$;

create or replace function event_change_topic_renamed() returns trigger language plpgsql as $$
begin
    insert into event_change (event_id, slug, kind, version, incidental)
    select e.id, e.slug, 'UPDATED', e.version, true from event e
    join event_topic et on et.event_id = e.id
    where et.topic_id = new.id and e.status = 'PUBLISHED';
    return null;
end
$$;
