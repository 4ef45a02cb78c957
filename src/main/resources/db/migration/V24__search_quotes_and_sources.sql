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
