-- Every signed-in request compares its session with the account as it is now. A password change or reset
-- bumps credentials_version, which ends every session that signed in under an older one.
alter table app_user add column credentials_version bigint not null default 0;

-- Usernames are stored in one form (trimmed, lower case) and unique in that form.
update app_user set username = lower(btrim(username)) where username <> lower(btrim(username));
create unique index app_user_username_normalised_key on app_user (lower(username));

-- A token never acts with more than the role its owner had when creating it.
alter table api_token add column created_role varchar(16);
update api_token t set created_role = u.role from app_user u where u.id = t.owner_id;
alter table api_token alter column created_role set not null;
alter table api_token add constraint api_token_created_role_known check (created_role in ('ADMIN', 'EDITOR'));

-- Password guessing is counted before a password is checked: one row per account or client address,
-- incremented atomically (insert … on conflict … returning), so parallel guesses cannot all slip under the
-- limit. The old tables counted failures after the check and are replaced.
drop table login_failure;
drop table login_lock;
create table login_throttle (
    throttle_key      varchar(200) primary key,
    attempts          integer      not null constraint login_throttle_attempts_positive check (attempts >= 0),
    window_started_at timestamptz  not null,
    locked_until      timestamptz
);
