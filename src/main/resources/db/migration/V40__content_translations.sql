-- Translations of what readers read: an event's title, summary and body, a storyline's title and description,
-- an actor's name and a topic's label, in Japanese and Korean. English stays the original: a page in another
-- language shows a translation where one exists and the English original, marked as English, where not.
--
-- Each translation remembers a digest of the original text it was made from (translation_source_digest below),
-- so the desk can tell a translation that is older than the original (the original's text changed since)
-- from a current one. A digest rather than the original's version: the version also moves when only actors,
-- sources or the status change, which leaves a translation as good as it was.

create function translation_source_digest(variadic parts text[]) returns text
language sql immutable parallel safe as $$
    select md5(array_to_string(parts, E'\x1f', ''))
$$;

create table event_translation (
    event_id      bigint       not null references event (id) on delete cascade,
    lang          varchar(8)   not null constraint event_translation_lang_known check (lang in ('ja', 'ko')),
    title         varchar(160) not null constraint event_translation_title_present check (btrim(title) <> ''),
    summary       varchar(600) not null constraint event_translation_summary_present check (btrim(summary) <> ''),
    body          text,
    source_digest varchar(32)  not null,
    translated_by varchar(64)  not null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    primary key (event_id, lang)
);

create table development_translation (
    development_id bigint        not null references development (id) on delete cascade,
    lang           varchar(8)    not null constraint development_translation_lang_known check (lang in ('ja', 'ko')),
    title          varchar(160)  not null constraint development_translation_title_present check (btrim(title) <> ''),
    description    varchar(2000) not null,
    source_digest  varchar(32)   not null,
    translated_by  varchar(64)   not null,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    version        bigint        not null default 0,
    primary key (development_id, lang)
);

create table actor_translation (
    actor_id      bigint       not null references actor (id) on delete cascade,
    lang          varchar(8)   not null constraint actor_translation_lang_known check (lang in ('ja', 'ko')),
    name          varchar(120) not null constraint actor_translation_name_present check (btrim(name) <> ''),
    source_digest varchar(32)  not null,
    translated_by varchar(64)  not null,
    updated_at    timestamptz  not null default now(),
    primary key (actor_id, lang)
);

create table topic_translation (
    topic_id      bigint       not null references topic (id) on delete cascade,
    lang          varchar(8)   not null constraint topic_translation_lang_known check (lang in ('ja', 'ko')),
    label         varchar(120) not null constraint topic_translation_label_present check (btrim(label) <> ''),
    source_digest varchar(32)  not null,
    translated_by varchar(64)  not null,
    updated_at    timestamptz  not null default now(),
    primary key (topic_id, lang)
);

-- History, written by Hibernate Envers like event_aud and development_aud (V4).
create table event_translation_aud (
    event_id      bigint     not null,
    lang          varchar(8) not null,
    rev           bigint     not null references revision (id),
    revtype       smallint,
    title         varchar(160),
    summary       varchar(600),
    body          text,
    source_digest varchar(32),
    translated_by varchar(64),
    created_at    timestamptz,
    updated_at    timestamptz,
    version       bigint,
    primary key (event_id, lang, rev)
);

create table development_translation_aud (
    development_id bigint     not null,
    lang           varchar(8) not null,
    rev            bigint     not null references revision (id),
    revtype        smallint,
    title          varchar(160),
    description    varchar(2000),
    source_digest  varchar(32),
    translated_by  varchar(64),
    created_at     timestamptz,
    updated_at     timestamptz,
    version        bigint,
    primary key (development_id, lang, rev)
);

-- Readers see translations: every change makes cached pages stale, as V37 does for the other tables.
do $$
declare
    shown text;
begin
    foreach shown in array array['event_translation', 'development_translation', 'actor_translation',
            'topic_translation']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                'deferrable initially deferred for each row execute function bump_public_version()',
                shown || '_bumps_public_version', shown);
        execute format('create trigger %I after truncate on %I for each statement execute function bump_public_version()',
                shown || '_truncate_bumps_public_version', shown);
    end loop;
end
$$;

-- The public change log (V20, V25) names the language of an entry that is a translation: a new or revised
-- Japanese title of a published event is a change its readers and the API's mirrors both want to see.
alter table event_change add column language varchar(8);

create function event_change_translated() returns trigger language plpgsql as $$
declare
    changed event_translation;
begin
    changed := case when tg_op = 'DELETE' then old else new end;
    insert into event_change (event_id, slug, kind, version, incidental, language)
    select e.id, e.slug, 'UPDATED', e.version, false, changed.lang
    from event e where e.id = changed.event_id and e.status = 'PUBLISHED';
    return null;
end
$$;

create trigger event_change_translated after insert or update or delete on event_translation
    for each row execute function event_change_translated();

-- A storyline's, actor's or topic's translated name shows on every event that shows it: incidental entries,
-- as a rename of the original is (V25).
create function event_change_name_translated() returns trigger language plpgsql as $$
declare
    changed jsonb;
    changed_id bigint;
begin
    -- One function for three tables: their key columns differ, so the row is read as JSON.
    changed := to_jsonb(case when tg_op = 'DELETE' then old else new end);
    changed_id := coalesce(changed ->> 'development_id', changed ->> 'actor_id', changed ->> 'topic_id')::bigint;
    insert into event_change (event_id, slug, kind, version, incidental, language)
    select e.id, e.slug, 'UPDATED', e.version, true, changed ->> 'lang'
    from event e
    where e.status = 'PUBLISHED'
      and case tg_table_name
          when 'development_translation' then e.development_id = changed_id
          when 'actor_translation' then exists (select 1 from event_actor ea where ea.event_id = e.id and ea.actor_id = changed_id)
          else exists (select 1 from event_topic et where et.event_id = e.id and et.topic_id = changed_id) end;
    return null;
end
$$;

create trigger event_change_name_translated after insert or update or delete on development_translation
    for each row execute function event_change_name_translated();
create trigger event_change_name_translated after insert or update or delete on actor_translation
    for each row execute function event_change_name_translated();
create trigger event_change_name_translated after insert or update or delete on topic_translation
    for each row execute function event_change_name_translated();
