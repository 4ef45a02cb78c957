-- History for the translations of actors' names and topics' labels, which the desk now edits: a version to refuse
-- a save on top of someone else's, and a row per saved state with its revision (who, when, why), as storylines'
-- translations have in development_translation_aud. These tables are read at the desk only.
alter table actor_translation add column version bigint not null default 0;
alter table topic_translation add column version bigint not null default 0;

create table actor_translation_aud (
    actor_id      bigint       not null,
    lang          varchar(8)   not null,
    rev           bigint       not null references revision (id),
    revtype       smallint,
    name          varchar(120),
    source_digest varchar(32),
    translated_by varchar(64),
    updated_at    timestamptz,
    version       bigint,
    primary key (actor_id, lang, rev)
);

create table topic_translation_aud (
    topic_id      bigint       not null,
    lang          varchar(8)   not null,
    rev           bigint       not null references revision (id),
    revtype       smallint,
    label         varchar(120),
    source_digest varchar(32),
    translated_by varchar(64),
    updated_at    timestamptz,
    version       bigint,
    primary key (topic_id, lang, rev)
);

-- A first history entry for the seeded names, as the seeded events and storylines have.
insert into revision (made_at, username, action, change_note)
values (now(), 'system', 'IMPORTED', 'Japanese and Korean names of the initial actors and topics');
insert into actor_translation_aud (actor_id, lang, rev, revtype, name, source_digest, translated_by, updated_at, version)
select actor_id, lang, (select max(id) from revision), 0, name, source_digest, translated_by, updated_at, version
from actor_translation;
insert into topic_translation_aud (topic_id, lang, rev, revtype, label, source_digest, translated_by, updated_at, version)
select topic_id, lang, (select max(id) from revision), 0, label, source_digest, translated_by, updated_at, version
from topic_translation;
