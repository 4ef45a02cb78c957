-- Passkeys (WebAuthn), in the tables Spring Security's JDBC repositories read and write
-- (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository), with PostgreSQL types.
-- A user entity is the WebAuthn identity of one account; removing the account removes its passkeys.
create table user_entities (
    id           varchar(1000) primary key,
    name         varchar(100)  not null unique references app_user (username) on delete cascade,
    display_name varchar(200)
);

create table user_credentials (
    credential_id                varchar(1000) primary key,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp     not null,
    last_used                    timestamp     not null,
    label                        varchar(1000) not null
);
create index user_credentials_user_idx on user_credentials (user_entity_user_id);

-- The roles whose accounts must sign in with a passkey after their password. No row: password alone.
create table second_factor_requirement (
    role varchar(16) primary key constraint second_factor_requirement_role_known check (role in ('ADMIN', 'EDITOR'))
);
