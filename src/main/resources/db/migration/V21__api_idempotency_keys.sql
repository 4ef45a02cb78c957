-- Idempotency-Key for API writes: the first request with a key claims it (response_status still null while
-- it runs), and its successful response is kept so that a retry with the same key and the same body gets
-- the same answer. Keys belong to one account and are forgotten after 24 hours.
create table api_idempotency_key (
    username         varchar(64)  not null,
    idempotency_key  varchar(255) not null,
    request_hash     char(64)     not null,
    created_at       timestamptz  not null default now(),
    response_status  integer
                         constraint api_idempotency_key_status_valid check (response_status between 200 and 299),
    response_headers text,
    response_body    bytea,
    primary key (username, idempotency_key)
);
create index api_idempotency_key_created_idx on api_idempotency_key (created_at);
