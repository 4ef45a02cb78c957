-- Writes through the API, counted per account and minute, so the rate limit holds across instances.
create table api_write_quota (
    username     varchar(64) not null,
    window_start timestamptz not null,
    writes       integer     not null constraint api_write_quota_writes_positive check (writes > 0),
    primary key (username, window_start)
);
