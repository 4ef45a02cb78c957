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
