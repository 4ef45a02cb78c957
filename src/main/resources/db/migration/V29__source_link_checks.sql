-- What the link checker found each time it fetched a cited address: the history of every source's link.
-- Keyed by address, not by source row, since rows are renumbered whenever an event's sources are edited and
-- one address may be cited by several events.
--
-- Outcomes: OK (2xx, no redirect), MOVED (2xx after one or more redirects to another address), NOT_FOUND
-- (404 or 410: the page is gone), FAILING (another 4xx or a 5xx, a timeout or no connection: may pass),
-- BLOCKED (robots.txt asks robots not to fetch it, so it was not fetched).
create table link_check (
    id          bigint generated always as identity primary key,
    url         varchar(2000) not null,
    checked_at  timestamptz   not null,
    outcome     varchar(16)   not null
                    constraint link_check_outcome_known check (outcome in ('OK', 'MOVED', 'NOT_FOUND', 'FAILING', 'BLOCKED')),
    http_status integer,
    final_url   varchar(2000),
    detail      varchar(300)
);
create index link_check_url_idx on link_check (url, checked_at desc, id desc);
create index link_check_time_idx on link_check (checked_at);

-- The last check of each address: a dead link is one whose page is gone, a changed one now redirects.
create view source_link_state as
select distinct on (url) url, checked_at, outcome, http_status, final_url, detail,
       outcome = 'NOT_FOUND' as dead,
       outcome = 'MOVED' as changed
from link_check
order by url, checked_at desc, id desc;
