-- A storyline's status is the editors' dated assessment, with a short rationale and the sources it rests on,
-- not a fact stated in the tracker's voice. Every assessment is kept, so the storyline page shows each step
-- ("Editors' assessment, 12 July 2023: stalled — not in the Vilnius communiqué; France opposed"), and the
-- storyline's status is that of its latest assessment (by date, then by when it was recorded).
create table development_assessment (
    id             bigint generated always as identity primary key,
    development_id bigint       not null references development (id) on delete cascade,
    status         varchar(16)  not null
                       constraint development_assessment_status_known check (status in
                           ('PROPOSED', 'NEGOTIATING', 'AGREED', 'IMPLEMENTED', 'STALLED', 'ABANDONED', 'ONGOING')),
    assessed_on    date         not null,
    rationale      varchar(600) not null constraint development_assessment_rationale_present check (btrim(rationale) <> ''),
    recorded_at    timestamptz  not null default now(),
    recorded_by    varchar(64)  not null
);
create index development_assessment_development_idx on development_assessment (development_id, assessed_on, id);

-- The sources an assessment rests on, in order.
create table development_assessment_source (
    assessment_id bigint        not null references development_assessment (id) on delete cascade,
    position      integer       not null constraint development_assessment_source_position_valid check (position >= 0),
    url           varchar(2000) not null constraint development_assessment_source_url_http check (url ~* '^https?://[^\s/?#]+[^\s]*$'),
    title         varchar(300)  not null constraint development_assessment_source_title_present check (btrim(title) <> ''),
    primary key (assessment_id, position)
);

create function pg_temp.assess(development_slug text, status text, assessed_on date, rationale text, sources jsonb)
        returns void language plpgsql as $$
declare
    new_id bigint;
begin
    insert into development_assessment (development_id, status, assessed_on, rationale, recorded_at, recorded_by)
    values ((select id from development d where d.slug = development_slug), status, assessed_on, rationale,
            timestamptz '2026-11-30 12:00:00+00', 'seed')
    returning id into new_id;
    insert into development_assessment_source (assessment_id, position, url, title)
    select new_id, s.ordinality - 1, s.value ->> 0, s.value ->> 1
    from jsonb_array_elements(sources) with ordinality as s (value, ordinality);
end
$$;

-- The seeded storylines' assessments, from the seed material and shared/seed/sources-2026.md.
select pg_temp.assess('tokyo-liaison-office', 'PROPOSED', date '2023-05-03',
    'Nikkei Asia reported NATO''s plan to open its first Asian office in Tokyo in 2024; NATO declined to discuss it.',
    $json$[["https://bdnews24.com/world/cd39f39a60", "Reuters: [NATO to open liaison office in Japan, Nikkei reports]"]]$json$);
select pg_temp.assess('tokyo-liaison-office', 'STALLED', date '2023-07-12',
    'Not in the Vilnius communiqué; France opposed, and an office needs every ally''s agreement. Stoltenberg said '
        || 'the issue was "still on the table".',
    $json$[["https://www.devdiscourse.com/article/technology/2520854-issue-of-nato-japan-office-still-on-table--stoltenberg", "Reuters: Issue of NATO Japan office \"still on table\" -Stoltenberg"],
           ["https://japannews.yomiuri.co.jp/politics/politics-government/20230606-114527/", "Jiji Press: [Macron opposes NATO liaison office in Japan, FT reports]"]]$json$);
select pg_temp.assess('tokyo-liaison-office', 'STALLED', date '2025-06-25',
    'Still stalled: a NATO official told reporters in The Hague that the alliance is not currently discussing the '
        || 'office, according to Jiji Press (news only; no official statement found).',
    $json$[["https://www.nippon.com/en/news/yjj2025062500291/nato-not-discussing-tokyo-office-plan-official.html", "Jiji Press: [NATO not discussing Tokyo office plan, official says]"]]$json$);
select pg_temp.assess('nato-japan-itpp', 'AGREED', date '2023-07-12',
    'NATO and Japan agreed the programme for 2023–2026 at Vilnius; no successor document was found.',
    $json$[["https://www.nato.int/cps/en/natolive/official_texts_217797.htm", "NATO: Individually Tailored Partnership Programme between NATO and Japan for 2023–2026"]]$json$);
select pg_temp.assess('ap4-at-nato-summits', 'ONGOING', date '2025-06-25',
    'The four have been invited to every summit since Madrid 2022. All four leaders attended in 2022 and 2023; in '
        || '2024 three leaders and Australia''s Deputy Prime Minister; in 2025 only New Zealand''s Prime Minister.',
    $json$[["https://www.nato.int/cps/en/natohq/news_197287.htm?selectedLocale=en", "NATO: NATO leaders meet with key partners to address global challenges, Indo-Pacific partners participate in a NATO Summit for the first time"],
           ["https://www.mofa.go.jp/erp/ep/pageite_000001_01073.html", "Ministry of Foreign Affairs of Japan: North Atlantic Treaty Organization (NATO), 24 June 2025"]]$json$);
select pg_temp.assess('nato-china-relations', 'ONGOING', date '2024-07-11',
    'High-level contacts continued from 2020 to 2022, while China condemned NATO''s summit declarations of 2023 and 2024.',
    $json$[["http://au.china-mission.gov.cn/eng/zgyw_3/202209/t20220925_10771212.htm", "Embassy of the PRC in Australia: Wang Yi Meets with NATO Secretary General Jens Stoltenberg"],
           ["https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202407/t20240730_11463257.html", "Ministry of Foreign Affairs of the PRC: Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on July 11, 2024"]]$json$);
select pg_temp.assess('ap4-partnership-programmes', 'ONGOING', date '2024-04-05',
    'South Korea adopted its programme on 11 July 2023 and Australia has one for 2023–2026; New Zealand''s was still '
        || 'being negotiated in April 2024, according to Reuters.',
    $json$[["https://www.nato.int/cps/en/natohq/opinions_217027.htm?selectedLocale=en", "NATO: Short remarks by NATO Secretary General Jens Stoltenberg and the President of the Republic of Korea, Yoon Suk Yeol"],
           ["https://chronicle.lu/category/international-news/49245-new-zealand-says-new-nato-partnership-to-be-concluded-in-coming-months", "Reuters: [New Zealand says new NATO partnership to be concluded in coming months]"]]$json$);
select pg_temp.assess('ap4-missions-to-nato', 'IMPLEMENTED', date '2025-01-16',
    'Japan inaugurated its own mission to NATO on 16 January 2025, according to AP.',
    $json$[["https://japantoday.com/category/politics/japan-launches-independent-mission-to-nato-as-tensions-with-russia-china-and-north-korea-rise", "AP: Japan launches independent mission to NATO"]]$json$);
select pg_temp.assess('ap4-defence-industrial-cooperation', 'AGREED', date '2025-06-25',
    'Japan launched a Defense Equipment and Industrial Dialogue with NATO, and South Korea agreed with NATO to set up '
        || 'a defence-industry consultation body.',
    $json$[["https://www.mofa.go.jp/erp/ep/pageite_000001_01073.html", "Ministry of Foreign Affairs of Japan: North Atlantic Treaty Organization (NATO), 24 June 2025"],
           ["http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=194066", "KBS World: [South Korea and NATO agree on defence-industry consultation body]"]]$json$);

drop function pg_temp.assess(text, text, date, text, jsonb);

-- Storylines whose status differs from their latest assessment take it (none of the seeded ones do).
update development d set status = a.status, updated_at = now(), version = d.version + 1
from (select distinct on (development_id) development_id, status from development_assessment
      order by development_id, assessed_on desc, id desc) a
where a.development_id = d.id and a.status <> d.status;
