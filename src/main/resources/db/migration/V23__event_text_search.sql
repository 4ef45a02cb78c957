-- Words of an event's own text, for the text filter ("q"): the title weighs more than the summary, the
-- summary more than the body. websearch_to_tsquery turns any user input into a query without raising.
alter table event add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', summary), 'B')
    || setweight(to_tsvector('english', coalesce(body, '')), 'C')) stored;

create index event_search_idx on event using gin (search_vector) where status = 'PUBLISHED';
