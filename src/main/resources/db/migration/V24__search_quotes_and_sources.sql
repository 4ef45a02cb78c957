-- Search reaches what was said and where it was reported: statement speakers, quotes and paraphrases, and
-- source titles and publishers, weighted below the event's own text (title A, summary B, body C, these D).
--
-- A generated column cannot read other tables, so the event row carries that text in search_extra. The
-- application writes it whenever an event's statements or sources change (Event.revise); a writer in psql
-- that changes event_statement or event_source must update search_extra itself, as it bumps version.
alter table event add column search_extra text not null default '';

-- Filling it in is not a change the public can see: keep it out of the change log.
alter table event disable trigger event_change_log;
update event e
set search_extra = concat_ws(E'\n',
        (select string_agg(concat_ws(E'\n', s.speaker, s.quote, s.paraphrase), E'\n' order by s.position)
         from event_statement s where s.event_id = e.id),
        (select string_agg(concat_ws(E'\n', src.title, src.publisher), E'\n' order by src.position)
         from event_source src where src.event_id = e.id));
alter table event enable trigger event_change_log;

alter table event drop column search_vector;
alter table event add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', summary), 'B')
    || setweight(to_tsvector('english', coalesce(body, '')), 'C')
    || setweight(to_tsvector('english', search_extra), 'D')) stored;

create index event_search_idx on event using gin (search_vector) where status = 'PUBLISHED';

-- Facet counts: like event_actor (V1), event_topic carries copies of its event's sort_date and published
-- state, kept by triggers, so that topics are counted from one index without visiting the events.
alter table event_topic add column sort_date date, add column published boolean;
update event_topic et set sort_date = e.sort_date, published = e.status = 'PUBLISHED'
from event e where e.id = et.event_id;
alter table event_topic alter column sort_date set not null, alter column published set not null;
create index event_topic_timeline_idx on event_topic (topic_id, sort_date, event_id) where published;

create function event_topic_copy_event() returns trigger language plpgsql as $$
begin
    select e.sort_date, e.status = 'PUBLISHED' into new.sort_date, new.published
    from event e where e.id = new.event_id;
    return new;
end
$$;
create trigger event_topic_copy_event before insert or update of event_id on event_topic
    for each row execute function event_topic_copy_event();

create function event_sync_topics() returns trigger language plpgsql as $$
begin
    update event_topic set sort_date = new.sort_date, published = new.status = 'PUBLISHED'
    where event_id = new.id;
    return null;
end
$$;
create trigger event_sync_topics after update on event
    for each row when (old.sort_date is distinct from new.sort_date or old.status is distinct from new.status)
    execute function event_sync_topics();

-- Facet counts at scale: counting a million events per request costs seconds, so the database keeps the
-- counts of published events by year, type and storyline, overall, per actor, per topic and per actor and
-- topic together. actor_id and topic_id are 0 where a row is not for one, development_id is 0 for events in
-- no storyline. Filters that these keys cannot answer exactly (a text search, several actors or several
-- topics at once) are counted from the events instead.
--
-- Each change appends its +1 and -1 rows rather than updating one row per key: a running transaction would
-- hold that row locked, and every other publication in the same year and type would wait for it. A key's
-- count is the sum of its rows; FacetCountCompaction sums them back into one from time to time.
create table event_facet_count (
    year           integer     not null,
    type           varchar(16) not null,
    development_id bigint      not null,
    actor_id       bigint      not null,
    topic_id       bigint      not null,
    events         bigint      not null
);
create index event_facet_count_key_idx on event_facet_count (actor_id, topic_id, year, type, development_id)
    include (events);

-- Adds delta to every count a published event with these columns is part of, with its links as they are now.
create function event_facet_count_add(p_event_id bigint, p_sort_date date, p_type varchar, p_development_id bigint,
                                      p_delta integer) returns void language sql as $$
    insert into event_facet_count (year, type, development_id, actor_id, topic_id, events)
    select extract(year from p_sort_date)::int, p_type, coalesce(p_development_id, 0), k.actor_id, k.topic_id, p_delta
    from (select 0::bigint as actor_id, 0::bigint as topic_id
          union all select ea.actor_id, 0 from event_actor ea where ea.event_id = p_event_id
          union all select 0, et.topic_id from event_topic et where et.event_id = p_event_id
          union all select ea.actor_id, et.topic_id from event_actor ea join event_topic et on et.event_id = ea.event_id
                    where ea.event_id = p_event_id) k
$$;

-- An event counts while it is published. JPA writes the event row before its links, so an update is
-- counted out and back in with the links it had, and the link triggers below then move its link rows.
create function event_facet_count_event() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'PUBLISHED' then
        perform event_facet_count_add(old.id, old.sort_date, old.type, old.development_id, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status = 'PUBLISHED' then
        perform event_facet_count_add(new.id, new.sort_date, new.type, new.development_id, 1);
    end if;
    -- The delete trigger runs before the row goes, and must hand it back for the delete to happen.
    return old;
end
$$;
create trigger event_facet_count_insert after insert on event
    for each row when (new.status = 'PUBLISHED') execute function event_facet_count_event();
create trigger event_facet_count_update after update on event
    for each row when ((old.status = 'PUBLISHED' or new.status = 'PUBLISHED')
                       and (old.status, old.type, old.development_id, old.sort_date)
                           is distinct from (new.status, new.type, new.development_id, new.sort_date))
    execute function event_facet_count_event();
-- Before the delete, while the event's links still exist; their cascade then finds no event to count.
create trigger event_facet_count_delete before delete on event
    for each row when (old.status = 'PUBLISHED') execute function event_facet_count_event();

-- A link added to or removed from a published event moves that event's actor or topic row. After a
-- cascade from a deleted event the event is gone and was counted out already.
-- The link's own row, and its pairs with the event's links of the other kind as they are now: links written
-- one after the other in a transaction each pair up with those already there, so every pair counts once.
create function event_facet_count_link(p_event_id bigint, p_actor_id bigint, p_topic_id bigint, p_delta integer)
    returns void language sql as $$
    insert into event_facet_count (year, type, development_id, actor_id, topic_id, events)
    select extract(year from e.sort_date)::int, e.type, coalesce(e.development_id, 0), k.actor_id, k.topic_id, p_delta
    from event e
    cross join lateral (
        select p_actor_id as actor_id, p_topic_id as topic_id
        union all select p_actor_id, et.topic_id from event_topic et where p_actor_id <> 0 and et.event_id = e.id
        union all select ea.actor_id, p_topic_id from event_actor ea where p_topic_id <> 0 and ea.event_id = e.id) k
    where e.id = p_event_id and e.status = 'PUBLISHED'
$$;

create function event_facet_count_actor() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform event_facet_count_link(new.event_id, new.actor_id, 0, 1);
    else
        perform event_facet_count_link(old.event_id, old.actor_id, 0, -1);
    end if;
    return null;
end
$$;
create trigger event_facet_count_actor after insert or delete on event_actor
    for each row execute function event_facet_count_actor();

create function event_facet_count_topic() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform event_facet_count_link(new.event_id, 0, new.topic_id, 1);
    else
        perform event_facet_count_link(old.event_id, 0, old.topic_id, -1);
    end if;
    return null;
end
$$;
create trigger event_facet_count_topic after insert or delete on event_topic
    for each row execute function event_facet_count_topic();

insert into event_facet_count (year, type, development_id, actor_id, topic_id, events)
select year, type, development_id, actor_id, topic_id, count(*)
from (select extract(year from e.sort_date)::int as year, e.type, coalesce(e.development_id, 0) as development_id,
             k.actor_id, k.topic_id
      from event e
      cross join lateral (
          select 0::bigint as actor_id, 0::bigint as topic_id
          union all select ea.actor_id, 0 from event_actor ea where ea.event_id = e.id
          union all select 0, et.topic_id from event_topic et where et.event_id = e.id
          union all select ea.actor_id, et.topic_id from event_actor ea join event_topic et on et.event_id = ea.event_id
                    where ea.event_id = e.id) k
      where e.status = 'PUBLISHED') keys
group by 1, 2, 3, 4, 5;
