-- The AP4 Tracker domain: events, the storylines (developments) they belong to, the actors and topics
-- they involve, their sources and attributed statements, and links between related events.
-- Every rule the application relies on is also a constraint here, so no writer can bypass it.

create table actor (
    id                   bigint generated always as identity primary key,
    code                 varchar(16)  not null unique
                             constraint actor_code_format check (code ~ '^[A-Z][A-Z0-9-]{1,15}$'),
    name                 varchar(120) not null constraint actor_name_present check (btrim(name) <> ''),
    kind                 varchar(16)  not null
                             constraint actor_kind_known check (kind in ('ALLIANCE', 'STATE', 'ORGANISATION')),
    asia_pacific_partner boolean      not null default false
);

create table topic (
    id    bigint generated always as identity primary key,
    slug  varchar(64) not null unique
              constraint topic_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    label varchar(80) not null constraint topic_label_present check (btrim(label) <> '')
);

create table development (
    id          bigint generated always as identity primary key,
    slug        varchar(100) not null unique
                    constraint development_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       varchar(160) not null constraint development_title_present check (btrim(title) <> ''),
    description varchar(2000) not null,
    status      varchar(16)  not null
                    constraint development_status_known check (status in
                        ('PROPOSED', 'NEGOTIATING', 'AGREED', 'IMPLEMENTED', 'STALLED', 'ABANDONED', 'ONGOING')),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

create table event (
    id              bigint generated always as identity primary key,
    slug            varchar(120) not null unique
                        constraint event_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title           varchar(160) not null constraint event_title_present check (btrim(title) <> ''),
    summary         varchar(600) not null constraint event_summary_present check (btrim(summary) <> ''),
    body            text constraint event_body_length check (char_length(body) <= 20000),

    -- An honest date: the period the event falls in (a day, a month or a year, stored as its first day),
    -- how sure we are of it, and for multi-day events the last day.
    start_date      date        not null,
    end_date        date,
    date_precision  varchar(8)  not null
                        constraint event_date_precision_known check (date_precision in ('DAY', 'MONTH', 'YEAR')),
    date_qualifier  varchar(8)  not null
                        constraint event_date_qualifier_known check (date_qualifier in
                            ('EXACT', 'CIRCA', 'EARLY', 'MID', 'LATE', 'BEFORE', 'AFTER')),
    constraint event_start_date_matches_precision check (
        date_precision = 'DAY'
        or (date_precision = 'MONTH' and extract(day from start_date) = 1)
        or (date_precision = 'YEAR' and extract(doy from start_date) = 1)),
    constraint event_end_date_not_before_start check (end_date is null or end_date >= start_date),
    constraint event_range_is_exact_or_circa check (end_date is null or date_qualifier in ('EXACT', 'CIRCA')),
    constraint event_part_of_period_needs_month_or_year check (
        date_qualifier not in ('EARLY', 'MID', 'LATE') or date_precision <> 'DAY'),

    -- The first day the date can mean, which is what the timeline sorts and filters by:
    -- "mid-April 2023" sorts at 11 April, "late 2023" at 1 September, "after 2017" at 1 January 2018,
    -- "before 2017" at 31 December 2016.
    sort_date       date generated always as (
        case date_qualifier
            when 'MID' then case date_precision
                                when 'MONTH' then start_date + 10
                                else (start_date + interval '4 months')::date end
            when 'LATE' then case date_precision
                                 when 'MONTH' then start_date + 20
                                 else (start_date + interval '8 months')::date end
            when 'AFTER' then case date_precision
                                  when 'DAY' then coalesce(end_date, start_date) + 1
                                  when 'MONTH' then (start_date + interval '1 month')::date
                                  else (start_date + interval '1 year')::date end
            when 'BEFORE' then start_date - 1
            else start_date
        end) stored,

    type            varchar(16)  not null
                        constraint event_type_known check (type in
                            ('SUMMIT', 'MEETING', 'AGREEMENT', 'OFFICE', 'STATEMENT', 'EXERCISE', 'POLICY',
                             'INCIDENT', 'REPORT')),
    development_id  bigint references development (id),
    location        varchar(200),

    status          varchar(16)  not null default 'DRAFT'
                        constraint event_status_known check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    withdrawn_reason varchar(600),
    constraint event_withdrawal_has_reason check (
        (status = 'WITHDRAWN') = (withdrawn_reason is not null and btrim(withdrawn_reason) <> '')),

    created_at      timestamptz  not null default now(),
    created_by      varchar(64)  not null,
    updated_at      timestamptz  not null default now(),
    updated_by      varchar(64)  not null,
    published_at    timestamptz,
    constraint event_published_has_timestamp check (status = 'DRAFT' or published_at is not null),
    version         bigint       not null default 0
);

-- The timeline reads published events newest (or oldest) first and pages by (sort_date, id).
create index event_timeline_idx on event (sort_date, id) where status = 'PUBLISHED';
create index event_development_idx on event (development_id, sort_date, id) where status = 'PUBLISHED';
create index event_type_idx on event (type, sort_date, id) where status = 'PUBLISHED';

create table event_actor (
    event_id  bigint  not null references event (id) on delete cascade,
    actor_id  bigint  not null references actor (id),
    -- Copies of the event's sort_date and published state, kept by the triggers below, so that one actor's
    -- timeline reads in order from one index, however rare or common the actor is.
    sort_date date    not null,
    published boolean not null,
    primary key (event_id, actor_id)
);
create index event_actor_actor_idx on event_actor (actor_id, event_id);
create index event_actor_timeline_idx on event_actor (actor_id, sort_date, event_id) where published;

create function event_actor_copy_event() returns trigger language plpgsql as $$
begin
    select e.sort_date, e.status = 'PUBLISHED' into new.sort_date, new.published
    from event e where e.id = new.event_id;
    return new;
end
$$;
create trigger event_actor_copy_event before insert or update of event_id on event_actor
    for each row execute function event_actor_copy_event();

create function event_sync_actors() returns trigger language plpgsql as $$
begin
    update event_actor set sort_date = new.sort_date, published = new.status = 'PUBLISHED'
    where event_id = new.id;
    return null;
end
$$;
create trigger event_sync_actors after update on event
    for each row when (old.sort_date is distinct from new.sort_date or old.status is distinct from new.status)
    execute function event_sync_actors();

create table event_topic (
    event_id bigint not null references event (id) on delete cascade,
    topic_id bigint not null references topic (id),
    primary key (event_id, topic_id)
);
create index event_topic_topic_idx on event_topic (topic_id, event_id);

-- Sources and statements are ordered parts of their event: (event_id, position) identifies each row.
create table event_source (
    event_id      bigint        not null references event (id) on delete cascade,
    position      integer       not null constraint event_source_position_valid check (position >= 0),
    url           varchar(2000) constraint event_source_url_http check (url ~* '^https?://[^\s/?#]+[^\s]*$'),
    title         varchar(300)  not null constraint event_source_title_present check (btrim(title) <> ''),
    publisher     varchar(200),
    published_on  date,
    accessed_on   date,
    archive_url   varchar(2000) constraint event_source_archive_url_http check (archive_url ~* '^https?://[^\s/?#]+[^\s]*$'),
    primary key (event_id, position)
);

create table event_statement (
    event_id      bigint        not null references event (id) on delete cascade,
    position      integer       not null constraint event_statement_position_valid check (position >= 0),
    speaker       varchar(200)  not null constraint event_statement_speaker_present check (btrim(speaker) <> ''),
    speaker_role  varchar(300),
    actor_id      bigint        references actor (id),
    stated_on     date,
    -- A verbatim quote where one was published; otherwise a paraphrase of what was reported.
    quote         varchar(4000) constraint event_statement_quote_present check (btrim(quote) <> ''),
    paraphrase    varchar(1000) constraint event_statement_paraphrase_present check (btrim(paraphrase) <> ''),
    constraint event_statement_says_something check (quote is not null or paraphrase is not null),
    language      varchar(35)   not null default 'en'
                      constraint event_statement_language_tag check (language ~ '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$'),
    original_text varchar(4000),
    stance        varchar(16)   not null
                      constraint event_statement_stance_known check (stance in ('SUPPORTIVE', 'CRITICAL', 'NEUTRAL', 'MIXED')),
    source_url    varchar(2000) constraint event_statement_source_url_http check (source_url ~* '^https?://[^\s/?#]+[^\s]*$'),
    primary key (event_id, position)
);
create index event_statement_actor_idx on event_statement (actor_id) where actor_id is not null;

-- Related events are a symmetric relation, stored once per pair with the smaller id first.
create table event_link (
    event_a_id bigint not null references event (id) on delete cascade,
    event_b_id bigint not null references event (id) on delete cascade,
    primary key (event_a_id, event_b_id),
    constraint event_link_ordered_pair check (event_a_id < event_b_id)
);
create index event_link_b_idx on event_link (event_b_id, event_a_id);
