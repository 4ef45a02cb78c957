-- What kind of text each source is, and who published it, so that readers can weigh an event's sources and
-- the tracker can count one outlet once however its name was typed.
--
-- Kinds: OFFICIAL (an official document, statement or transcript), NEWS (a news report), ANALYSIS (research or
-- analysis), OPINION (an opinion piece). Publishers are rows of their own, with the country they are based in
-- (ISO 3166 alpha-2) and what kind of body they are.
create table publisher (
    id      bigint generated always as identity primary key,
    name    varchar(200) not null constraint publisher_name_present check (btrim(name) <> '' and name = btrim(name)),
    country varchar(2) constraint publisher_country_format check (country ~ '^[A-Z]{2}$'),
    kind    varchar(32)  not null default 'OTHER'
                constraint publisher_kind_known check (kind in
                    ('GOVERNMENT', 'INTERNATIONAL_ORGANISATION', 'NEWS_ORGANISATION', 'RESEARCH', 'OTHER'))
);
-- "The Japan Times" and "the japan times" are one outlet.
create unique index publisher_name_key on publisher (lower(name));

alter table event_source
    add column kind varchar(16) not null default 'NEWS'
        constraint event_source_kind_known check (kind in ('OFFICIAL', 'NEWS', 'ANALYSIS', 'OPINION')),
    add column publisher_id bigint references publisher (id);
create index event_source_publisher_idx on event_source (publisher_id);
alter table event_source_aud add column kind varchar(16);

-- Every writer names a publisher by its name (the desk, the API, psql alike); the row is found by name, without
-- regard to case, or created, and the source keeps the publisher's own spelling. So a new outlet needs no
-- separate screen, and a second spelling never becomes a second outlet.
create function event_source_publisher() returns trigger language plpgsql as $$
begin
    if new.publisher is null or btrim(new.publisher) = '' then
        new.publisher := null;
        new.publisher_id := null;
        return new;
    end if;
    insert into publisher (name) values (btrim(new.publisher)) on conflict do nothing;
    select p.id, p.name into new.publisher_id, new.publisher
    from publisher p where lower(p.name) = lower(btrim(new.publisher));
    return new;
end
$$;

-- The free-text publishers written so far become publisher rows (the first spelling met wins).
insert into publisher (name)
select distinct on (lower(btrim(publisher))) btrim(publisher)
from event_source where publisher is not null and btrim(publisher) <> ''
order by lower(btrim(publisher)), event_id, position;

-- Filling in the new columns is no change the public can see: keep it out of the change log.
alter table event disable trigger event_change_log;
update event_source s set publisher_id = p.id, publisher = p.name
from publisher p where lower(p.name) = lower(btrim(s.publisher));

-- The seed's sources by what they are; anything else written so far is taken to be a news report.
update event_source set kind = 'OPINION' where title = 'NATO pivots to Asia';
update event_source set kind = 'OFFICIAL' where publisher = 'NATO';
update event_source set kind = 'ANALYSIS' where publisher in ('TRENDS Research & Advisory', 'IMD Geo (imdgeo.org)');
update event_source_aud a set kind = s.kind from event_source s
where a.event_id = s.event_id and a.position = s.position and a.url is not distinct from s.url
  and a.title = s.title;
alter table event enable trigger event_change_log;

create trigger event_source_publisher before insert or update of publisher on event_source
    for each row execute function event_source_publisher();

update publisher set kind = 'INTERNATIONAL_ORGANISATION' where name = 'NATO';
update publisher set kind = 'NEWS_ORGANISATION', country = 'SG' where name = 'The Straits Times';
update publisher set kind = 'NEWS_ORGANISATION', country = 'JP' where name = 'The Japan Times';
update publisher set kind = 'NEWS_ORGANISATION', country = 'PK' where name = 'UrduPoint';
update publisher set kind = 'NEWS_ORGANISATION', country = 'PK' where name = 'Nawaiwaqt (ePaper)';
update publisher set kind = 'RESEARCH', country = 'AE' where name = 'TRENDS Research & Advisory';
