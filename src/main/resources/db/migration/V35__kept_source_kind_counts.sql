-- Kept counts for the source-kind facet: "events citing an official document / a news report / ...". V24
-- keeps the other facets' counts; this facet was counted from the events on every uncached timeline page,
-- a join of every published event with its sources: 15 s at a million events (3.3 million sources).
--
-- Same shape and rules as event_facet_count (V24): published events by year, type and storyline, overall
-- (actor_id = topic_id = 0), per actor, per topic and per actor and topic, here also per kind of source an
-- event cites; an event citing two news reports counts once under NEWS. Changes append +1 and -1 rows and
-- FacetCountCompaction sums them. A separate table, so that the counts of V24 keep their meaning.
create table event_source_kind_count (
    year           integer     not null,
    type           varchar(16) not null,
    development_id bigint      not null,
    actor_id       bigint      not null,
    topic_id       bigint      not null,
    kind           varchar(16) not null,
    events         bigint      not null
);
create index event_source_kind_count_key_idx
    on event_source_kind_count (actor_id, topic_id, year, type, development_id, kind) include (events);

-- Adds delta for the event's keys (overall, its actors, its topics, its pairs) times the given kinds, or
-- times the distinct kinds of its sources as they are now when kinds is null.
create function event_source_kind_count_add(p_event_id bigint, p_sort_date date, p_type varchar,
                                            p_development_id bigint, p_delta integer, p_kinds varchar[])
    returns void language sql as $$
    insert into event_source_kind_count (year, type, development_id, actor_id, topic_id, kind, events)
    select extract(year from p_sort_date)::int, p_type, coalesce(p_development_id, 0), k.actor_id, k.topic_id,
           s.kind, p_delta
    from (select 0::bigint as actor_id, 0::bigint as topic_id
          union all select ea.actor_id, 0 from event_actor ea where ea.event_id = p_event_id
          union all select 0, et.topic_id from event_topic et where et.event_id = p_event_id
          union all select ea.actor_id, et.topic_id from event_actor ea join event_topic et on et.event_id = ea.event_id
                    where ea.event_id = p_event_id) k
    cross join (select distinct src.kind from event_source src where p_kinds is null and src.event_id = p_event_id
                union select unnest(p_kinds)) s
$$;

-- An event counts while it is published, as in V24: an update is counted out and back in with the sources
-- and links it has at that moment.
create function event_source_kind_count_event() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'PUBLISHED' then
        perform event_source_kind_count_add(old.id, old.sort_date, old.type, old.development_id, -1, null);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status = 'PUBLISHED' then
        perform event_source_kind_count_add(new.id, new.sort_date, new.type, new.development_id, 1, null);
    end if;
    return old;
end
$$;
create trigger event_source_kind_count_insert after insert on event
    for each row when (new.status = 'PUBLISHED') execute function event_source_kind_count_event();
create trigger event_source_kind_count_update after update on event
    for each row when ((old.status = 'PUBLISHED' or new.status = 'PUBLISHED')
                       and (old.status, old.type, old.development_id, old.sort_date)
                           is distinct from (new.status, new.type, new.development_id, new.sort_date))
    execute function event_source_kind_count_event();
create trigger event_source_kind_count_delete before delete on event
    for each row when (old.status = 'PUBLISHED') execute function event_source_kind_count_event();

-- A link added to or removed from a published event: the link's rows (and its pairs with the event's links
-- of the other kind as they are now, as in V24) times the kinds the event cites.
create function event_source_kind_count_link(p_event_id bigint, p_actor_id bigint, p_topic_id bigint, p_delta integer)
    returns void language sql as $$
    insert into event_source_kind_count (year, type, development_id, actor_id, topic_id, kind, events)
    select extract(year from e.sort_date)::int, e.type, coalesce(e.development_id, 0), k.actor_id, k.topic_id,
           s.kind, p_delta
    from event e
    cross join lateral (
        select p_actor_id as actor_id, p_topic_id as topic_id
        union all select p_actor_id, et.topic_id from event_topic et where p_actor_id <> 0 and et.event_id = e.id
        union all select ea.actor_id, p_topic_id from event_actor ea where p_topic_id <> 0 and ea.event_id = e.id) k
    cross join lateral (select distinct src.kind from event_source src where src.event_id = e.id) s
    where e.id = p_event_id and e.status = 'PUBLISHED'
$$;

create function event_source_kind_count_actor() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform event_source_kind_count_link(new.event_id, new.actor_id, 0, 1);
    else
        perform event_source_kind_count_link(old.event_id, old.actor_id, 0, -1);
    end if;
    return null;
end
$$;
create trigger event_source_kind_count_actor after insert or delete on event_actor
    for each row execute function event_source_kind_count_actor();

create function event_source_kind_count_topic() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform event_source_kind_count_link(new.event_id, 0, new.topic_id, 1);
    else
        perform event_source_kind_count_link(old.event_id, 0, old.topic_id, -1);
    end if;
    return null;
end
$$;
create trigger event_source_kind_count_topic after insert or delete on event_topic
    for each row execute function event_source_kind_count_topic();

-- Sources written, removed or changed: per event touched, the kinds it cites now against those it cited
-- before the statement (now, less the rows the statement wrote, plus those it removed). Once per statement,
-- so that several sources of one kind written at once count the event once.
create function event_source_kind_count_changed(added_events bigint[], added_kinds varchar[],
                                                removed_events bigint[], removed_kinds varchar[])
    returns void language sql as $$
    select event_source_kind_count_add(e.id, e.sort_date, e.type, e.development_id, c.delta, array[c.kind])
    from (
        with added as (select * from unnest(added_events, added_kinds) as a(event_id, kind)),
             removed as (select * from unnest(removed_events, removed_kinds) as r(event_id, kind)),
             touched as (select event_id from added union select event_id from removed),
             now_kinds as (select distinct s.event_id, s.kind::varchar from event_source s join touched t using (event_id)),
             before_kinds as (select distinct event_id, kind from (
                                  (select s.event_id, s.kind::varchar from event_source s join touched t using (event_id)
                                   except all select event_id, kind from added)
                                  union all select event_id, kind from removed) b)
        (select event_id, kind, 1 as delta from now_kinds except select event_id, kind, 1 from before_kinds)
        union all
        (select event_id, kind, -1 from before_kinds except select event_id, kind, -1 from now_kinds)) c
    join event e on e.id = c.event_id
    where e.status = 'PUBLISHED'
$$;

create function event_source_kind_count_sources_inserted() returns trigger language plpgsql as $$
begin
    perform event_source_kind_count_changed(array_agg(event_id), array_agg(kind), '{}', '{}') from new_sources;
    return null;
end
$$;
create function event_source_kind_count_sources_deleted() returns trigger language plpgsql as $$
begin
    perform event_source_kind_count_changed('{}', '{}', array_agg(event_id), array_agg(kind)) from old_sources;
    return null;
end
$$;
create function event_source_kind_count_sources_updated() returns trigger language plpgsql as $$
begin
    perform event_source_kind_count_changed(n.events, n.kinds, o.events, o.kinds)
    from (select array_agg(event_id) as events, array_agg(kind) as kinds from new_sources) n,
         (select array_agg(event_id) as events, array_agg(kind) as kinds from old_sources) o;
    return null;
end
$$;
create trigger event_source_kind_count_sources_inserted after insert on event_source
    referencing new table as new_sources
    for each statement execute function event_source_kind_count_sources_inserted();
create trigger event_source_kind_count_sources_deleted after delete on event_source
    referencing old table as old_sources
    for each statement execute function event_source_kind_count_sources_deleted();
create trigger event_source_kind_count_sources_updated after update on event_source
    referencing old table as old_sources new table as new_sources
    for each statement execute function event_source_kind_count_sources_updated();

-- The counts of what exists now.
insert into event_source_kind_count (year, type, development_id, actor_id, topic_id, kind, events)
select extract(year from e.sort_date)::int, e.type, coalesce(e.development_id, 0), k.actor_id, k.topic_id, s.kind,
       count(*)
from event e
join (select distinct event_id, kind from event_source) s on s.event_id = e.id
join (select id as event_id, 0::bigint as actor_id, 0::bigint as topic_id from event
      union all select event_id, actor_id, 0 from event_actor
      union all select event_id, 0, topic_id from event_topic
      union all select ea.event_id, ea.actor_id, et.topic_id
                from event_actor ea join event_topic et on et.event_id = ea.event_id) k on k.event_id = e.id
where e.status = 'PUBLISHED'
group by 1, 2, 3, 4, 5, 6;
