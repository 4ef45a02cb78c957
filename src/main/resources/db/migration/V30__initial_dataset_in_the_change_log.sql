-- The events that came with the tracker are its initial dataset, not publications of the day a database was
-- created. Each is listed once in the change log as part of the initial dataset, dated when the migration that
-- loaded it ran, and each carries a stable "first published" date: the day the dataset was released
-- (28 November 2026), the same in every installation, so that citations of them agree wherever they were made.
alter table event_change add column initial boolean not null default false;

-- Dating the dataset is not a change the public can see: keep it out of the change log.
alter table event disable trigger event_change_log;
update event set published_at = timestamptz '2026-11-28 09:38:33+00', created_at = timestamptz '2026-11-28 09:38:33+00'
where created_by = 'seed' and published_at is not null;
update event set updated_at = published_at where created_by = 'seed' and updated_by = 'seed' and version = 0;
alter table event enable trigger event_change_log;
update event_aud a set published_at = e.published_at, created_at = e.created_at,
                       updated_at = case when a.rev = 1 then e.published_at else a.updated_at end
from event e where e.id = a.id and e.created_by = 'seed';

update event_change set initial = true
where id in (select min(c.id) from event_change c join event e on e.id = c.event_id
             where e.created_by = 'seed' and c.kind = 'PUBLISHED'
             group by c.event_id);
