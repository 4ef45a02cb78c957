-- Editors and administrators. Passwords are stored only as Spring Security delegating hashes ({argon2}…).
create table app_user (
    id                  bigint generated always as identity primary key,
    username            varchar(64)  not null unique
                            constraint app_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name        varchar(120) not null constraint app_user_display_name_present check (btrim(display_name) <> ''),
    password_hash       varchar(500) not null,
    role                varchar(16)  not null constraint app_user_role_known check (role in ('ADMIN', 'EDITOR')),
    enabled             boolean      not null default true,
    created_at          timestamptz  not null default now(),
    password_changed_at timestamptz  not null default now(),
    version             bigint       not null default 0
);

-- Failed sign-ins, kept briefly, to slow down password guessing per account and per client address.
create table login_failure (
    id             bigint generated always as identity primary key,
    throttle_key   varchar(200) not null,
    failed_at      timestamptz  not null default now()
);
create index login_failure_key_idx on login_failure (throttle_key, failed_at);

-- A key (an account or a client address) that failed too often, refused until locked_until.
create table login_lock (
    throttle_key varchar(200) primary key,
    locked_until timestamptz  not null
);

-- Every editorial and administrative action: who, when, what, from which client address.
create table audit_log (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null default now(),
    username       varchar(64)  not null,
    action         varchar(40)  not null,
    entity_type    varchar(40)  not null,
    entity_key     varchar(200),
    client_address varchar(64),
    detail         varchar(1000)
);

-- Spring Session's tables (schema-postgresql.sql of spring-session-jdbc 4.0), so that several app instances
-- can share sign-ins.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
