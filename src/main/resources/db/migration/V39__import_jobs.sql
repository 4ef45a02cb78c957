-- Bulk imports at the desk: the uploaded file, where its processing stands, and the report per row.
-- Only editors see these rows; readers never do, so no public-version trigger is needed.
create table import_job (
    id            bigint generated always as identity primary key,
    format        text        not null check (format in ('TRACKER_CSV', 'TIMELINEJS_CSV', 'API_JSON')),
    file_name     text        not null check (length(file_name) between 1 and 255),
    -- The event type given to rows of a format that has none (a TimelineJS sheet).
    default_type  text        not null,
    content       bytea       not null check (octet_length(content) <= 10485760),
    status        text        not null check (status in ('CHECKING', 'CHECKED', 'CHECK_FAILED', 'COMMITTING',
                                                         'COMMITTED', 'COMMIT_REFUSED', 'FAILED')),
    total_rows    integer     not null default 0 check (total_rows >= 0),
    done_rows     integer     not null default 0 check (done_rows >= 0 and done_rows <= total_rows),
    created_rows  integer     not null default 0 check (created_rows >= 0),
    updated_rows  integer     not null default 0 check (updated_rows >= 0),
    error_rows    integer     not null default 0 check (error_rows >= 0),
    report        jsonb       not null default '[]'::jsonb,
    problem       text,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

create index import_job_newest on import_job (id desc);
