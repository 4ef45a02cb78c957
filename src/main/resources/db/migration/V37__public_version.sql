-- One number that grows with every committed transaction that changes anything a public page or API response
-- shows. Rendered pages and response validators are cached under it, so one cheap read tells every instance
-- whether what it keeps is still current (a publication through one instance is seen by all at once).
--
-- Why a counter and not the time of the last change: timestamps are taken when a transaction starts, so a
-- slow transaction can commit a change older than one already visible, and a cache keyed by the newest
-- timestamp would never notice it. The counter is bumped at commit (deferred triggers), under the row's lock,
-- so it changes exactly when a change becomes visible. It is bumped once per transaction: the row remembers
-- which transaction bumped it last. Taking the lock at commit, after every other lock the transaction needs,
-- adds no deadlock.
create table public_version (
    only_row boolean primary key default true check (only_row),
    version bigint not null,
    bumped_by xid8
);

insert into public_version (version) values (1);

create function bump_public_version() returns trigger
language plpgsql as $$
begin
    update public_version set version = version + 1, bumped_by = pg_current_xact_id()
     where bumped_by is distinct from pg_current_xact_id();
    return null;
end
$$;

do $$
declare
    shown text;
begin
    foreach shown in array array['event', 'event_actor', 'event_topic', 'event_source', 'event_statement',
            'event_link', 'event_change', 'development', 'development_assessment', 'development_assessment_source',
            'actor', 'topic', 'publisher', 'link_check', 'app_user']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                'deferrable initially deferred for each row execute function bump_public_version()',
                shown || '_bumps_public_version', shown);
        execute format('create trigger %I after truncate on %I for each statement execute function bump_public_version()',
                shown || '_truncate_bumps_public_version', shown);
    end loop;
end
$$;
