-- Hibernate Envers history of events and storylines. One revision per saved change; each *_aud table holds
-- the state of its rows as of that revision (revtype 0 = added, 1 = modified, 2 = deleted).
create table revision (
    id             bigint generated always as identity primary key,
    made_at        timestamptz   not null,
    username       varchar(64)   not null,
    client_address varchar(64),
    action         varchar(20),
    change_note    varchar(1000)
);

create table development_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint,
    slug        varchar(100),
    title       varchar(160),
    description varchar(2000),
    status      varchar(16),
    created_at  timestamptz,
    updated_at  timestamptz,
    version     bigint,
    primary key (id, rev)
);

create table event_aud (
    id               bigint   not null,
    rev              bigint   not null references revision (id),
    revtype          smallint,
    slug             varchar(120),
    title            varchar(160),
    summary          varchar(600),
    body             text,
    start_date       date,
    end_date         date,
    date_precision   varchar(8),
    date_qualifier   varchar(8),
    type             varchar(16),
    development_id   bigint,
    location         varchar(200),
    status           varchar(16),
    withdrawn_reason varchar(600),
    created_at       timestamptz,
    created_by       varchar(64),
    updated_at       timestamptz,
    updated_by       varchar(64),
    published_at     timestamptz,
    version          bigint,
    primary key (id, rev)
);
create index event_aud_rev_idx on event_aud (rev);

create table event_actor_aud (
    event_id bigint   not null,
    actor_id bigint   not null,
    rev      bigint   not null references revision (id),
    revtype  smallint,
    primary key (event_id, actor_id, rev)
);

create table event_topic_aud (
    event_id bigint   not null,
    topic_id bigint   not null,
    rev      bigint   not null references revision (id),
    revtype  smallint,
    primary key (event_id, rev, topic_id)
);

create table event_link_aud (
    event_a_id bigint   not null,
    event_b_id bigint   not null,
    rev        bigint   not null references revision (id),
    revtype    smallint,
    primary key (event_a_id, event_b_id, rev)
);

create table event_source_aud (
    event_id     bigint        not null,
    rev          bigint        not null references revision (id),
    revtype      smallint      not null,
    position     integer       not null,
    url          varchar(2000),
    title        varchar(300),
    publisher    varchar(200),
    published_on date,
    accessed_on  date,
    archive_url  varchar(2000),
    primary key (event_id, rev, revtype, position)
);

create table event_statement_aud (
    event_id      bigint        not null,
    rev           bigint        not null references revision (id),
    revtype       smallint      not null,
    position      integer       not null,
    speaker       varchar(200),
    speaker_role  varchar(300),
    actor_id      bigint,
    stated_on     date,
    quote         varchar(4000),
    paraphrase    varchar(1000),
    language      varchar(35),
    original_text varchar(4000),
    stance        varchar(16),
    source_url    varchar(2000),
    primary key (event_id, rev, revtype, position)
);

-- The admin event list pages through events by last change, drafts alone being a common filter.
create index event_recently_updated_idx on event (updated_at, id);
create index event_draft_recently_updated_idx on event (updated_at, id) where status = 'DRAFT';

-- A first revision holding everything that exists now, so the first edit of a seeded event shows a diff.
insert into revision (made_at, username, action, change_note)
values (now(), 'system', 'IMPORTED', 'State when history began');

insert into development_aud (id, rev, revtype, slug, title, description, status, created_at, updated_at, version)
select id, 1, 0, slug, title, description, status, created_at, updated_at, version from development;

insert into event_aud (id, rev, revtype, slug, title, summary, body, start_date, end_date, date_precision,
                       date_qualifier, type, development_id, location, status, withdrawn_reason, created_at,
                       created_by, updated_at, updated_by, published_at, version)
select id, 1, 0, slug, title, summary, body, start_date, end_date, date_precision, date_qualifier, type,
       development_id, location, status, withdrawn_reason, created_at, created_by, updated_at, updated_by,
       published_at, version
from event;

insert into event_actor_aud (event_id, actor_id, rev, revtype) select event_id, actor_id, 1, 0 from event_actor;
insert into event_topic_aud (event_id, topic_id, rev, revtype) select event_id, topic_id, 1, 0 from event_topic;
insert into event_link_aud (event_a_id, event_b_id, rev, revtype) select event_a_id, event_b_id, 1, 0 from event_link;
insert into event_source_aud (event_id, rev, revtype, position, url, title, publisher, published_on, accessed_on,
                              archive_url)
select event_id, 1, 0, position, url, title, publisher, published_on, accessed_on, archive_url from event_source;
insert into event_statement_aud (event_id, rev, revtype, position, speaker, speaker_role, actor_id, stated_on, quote,
                                 paraphrase, language, original_text, stance, source_url)
select event_id, 1, 0, position, speaker, speaker_role, actor_id, stated_on, quote, paraphrase, language,
       original_text, stance, source_url
from event_statement;
