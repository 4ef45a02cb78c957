-- Personal API tokens. Only a SHA-256 hash of each token is stored: the token is random (256 bits), so a
-- fast hash is enough, and a stolen table cannot be used to call the API.
create table api_token (
    id           bigint generated always as identity primary key,
    owner_id     bigint       not null references app_user (id) on delete cascade,
    name         varchar(80)  not null constraint api_token_name_present check (btrim(name) <> ''),
    token_hash   char(64)     not null unique,
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_owner_idx on api_token (owner_id, created_at);
