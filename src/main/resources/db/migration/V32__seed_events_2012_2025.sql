-- New events for the seed dataset, from shared/seed/sources-2026.md: the NATO–China contacts that the
-- corrections of the previous migration point to, and the partnership's milestones from 2023 to 2025. Each
-- rests on the official texts and news reports listed there, cited at the addresses they were seen at; every
-- claim is attributed as the sources make it. Conventions as in the previous migration: wire copies name the
-- agency as publisher, and a title in square brackets was supplied by the editors.
--
-- They join the initial dataset: first published on 30 November 2026 (a fixed date, the same in every
-- installation), listed once in the change log as part of the initial dataset (dated when this migration ran),
-- with a first history entry for the desk.

insert into development (slug, title, description, status) values
    ('ap4-partnership-programmes',
     'NATO partnership programmes with South Korea, Australia and New Zealand',
     'Individually Tailored Partnership Programmes (ITPPs) between NATO and the other Asia-Pacific partners: South '
         || 'Korea adopted one on 11 July 2023 and Australia has one for 2023–2026; New Zealand was still negotiating '
         || 'in June 2023 and April 2024.',
     'ONGOING'),
    ('ap4-missions-to-nato',
     'Diplomatic missions of the Asia-Pacific partners to NATO',
     'The Asia-Pacific partners'' own diplomatic missions to NATO: Japan announced a dedicated mission in April 2023 '
         || 'and inaugurated it in January 2025.',
     'IMPLEMENTED'),
    ('ap4-defence-industrial-cooperation',
     'Defence-industrial cooperation between NATO and the Asia-Pacific partners',
     'Cooperation between NATO and the Asia-Pacific partners on defence industry and equipment, including the '
         || 'Japan–NATO Defense Equipment and Industrial Dialogue and a South Korea–NATO consultation body agreed in 2025.',
     'AGREED');

create function pg_temp.add_event(slug text, title text, summary text, start_date date, end_date date,
        date_precision text, date_qualifier text, type text, development text, location text, actors text[],
        topics text[]) returns void language plpgsql as $$
declare
    new_id bigint;
begin
    insert into event (slug, title, summary, start_date, end_date, date_precision, date_qualifier, type,
                       development_id, location, status, created_by, updated_by, published_at, created_at, updated_at)
    values (slug, title, summary, start_date, end_date, date_precision, date_qualifier, type,
            (select id from development d where d.slug = development), location, 'PUBLISHED', 'seed', 'seed',
            timestamptz '2026-11-30 12:00:00+00', timestamptz '2026-11-30 12:00:00+00',
            timestamptz '2026-11-30 12:00:00+00')
    returning id into new_id;
    if development is not null and not exists (select 1 from development d where d.slug = development) then
        raise exception 'No storyline %', development;
    end if;
    insert into event_actor (event_id, actor_id)
    select new_id, (select a.id from actor a where a.code = wanted.code_value) from unnest(actors) as wanted (code_value);
    insert into event_topic (event_id, topic_id)
    select new_id, (select t.id from topic t where t.slug = wanted.slug_value) from unnest(topics) as wanted (slug_value);
end
$$;

create function pg_temp.add_sources(event_slug text, rows jsonb) returns void language sql as $$
    insert into event_source (event_id, position, kind, url, title, publisher, published_on)
    select (select id from event where slug = event_slug), r.ordinality - 1, r.value ->> 0, r.value ->> 1,
           r.value ->> 2, r.value ->> 3, (r.value ->> 4)::date
    from jsonb_array_elements(rows) with ordinality as r (value, ordinality)
$$;

create function pg_temp.add_statement(event_slug text, speaker text, speaker_role text, actor_code text,
        stated_on date, quote text, stance text, source_url text) returns void language sql as $$
    insert into event_statement (event_id, position, speaker, speaker_role, actor_id, stated_on, quote, language,
                                 stance, source_url)
    values ((select id from event where slug = event_slug), 0, speaker, speaker_role,
            (select id from actor where code = actor_code), stated_on, quote, 'en', stance, source_url)
$$;

-- NATO and China ----------------------------------------------------------------------------------------------

select pg_temp.add_event('2012-01-nato-and-chinese-commanders-meet-at-sea-in-gulf-of-aden',
    'NATO and Chinese naval commanders exchange visits at sea in the Gulf of Aden',
    'The commander of NATO''s counter-piracy Operation Ocean Shield, Rear Admiral Sinan Azmi Tosun, and Chinese Rear '
        || 'Admiral Li Shihong exchanged visits at sea in the Gulf of Aden, according to NATO, which presented it as '
        || 'NATO and China cooperating to fight piracy.',
    date '2012-01-01', null, 'MONTH', 'EXACT', 'MEETING', 'nato-china-relations', 'Gulf of Aden',
    array['NATO', 'CN'], array['maritime-security']);
select pg_temp.add_sources('2012-01-nato-and-chinese-commanders-meet-at-sea-in-gulf-of-aden', $json$[
  ["OFFICIAL", "https://www.nato.int/cps/en/natohq/news_83585.htm?selectedLocale=en", "NATO and China Cooperate to Fight Piracy", "NATO", "2012-01-19"]
]$json$);

select pg_temp.add_event('2015-11-25-first-joint-nato-china-anti-piracy-drill',
    'China holds its first joint anti-piracy drill with NATO ships',
    'Chinese naval forces held their first joint anti-piracy drill with NATO ships in the Gulf of Aden, China''s '
        || 'Defence Ministry said, according to Reuters.',
    date '2015-11-25', null, 'DAY', 'EXACT', 'EXERCISE', 'nato-china-relations', 'Gulf of Aden',
    array['NATO', 'CN'], array['maritime-security']);
select pg_temp.add_sources('2015-11-25-first-joint-nato-china-anti-piracy-drill', $json$[
  ["NEWS", "http://uk.reuters.com/article/china-nato-idUKL3N13M1OR20151127", "[China holds first joint anti-piracy drill with NATO]", "Reuters", "2015-11-27"]
]$json$);

select pg_temp.add_event('2020-02-14-wang-yi-meets-stoltenberg-in-munich',
    'Wang Yi meets NATO Secretary General Jens Stoltenberg in Munich',
    'Chinese Foreign Minister Wang Yi met NATO Secretary General Jens Stoltenberg in Munich. According to the Chinese '
        || 'account, Wang said China was willing to strengthen cooperation with NATO on the basis of equality and '
        || 'mutual respect, and Stoltenberg said NATO does not see China as an adversary.',
    date '2020-02-14', null, 'DAY', 'EXACT', 'MEETING', 'nato-china-relations', 'Munich, Germany',
    array['NATO', 'CN'], array[]::text[]);
select pg_temp.add_sources('2020-02-14-wang-yi-meets-stoltenberg-in-munich', $json$[
  ["OFFICIAL", "http://laoag.china-consulate.org/eng/lgxw/t1746171.htm", "Wang Yi: China Is Willing to Strengthen Cooperation with the North Atlantic Treaty Organization (NATO) on the Basis of Equality and Mutual Respect", "Consulate General of the PRC in Laoag", null]
]$json$);

select pg_temp.add_event('2021-09-27-wang-yi-and-stoltenberg-hold-video-call',
    'Wang Yi and Jens Stoltenberg hold a video call',
    'Chinese Foreign Minister Wang Yi and NATO Secretary General Jens Stoltenberg held a video call. Wang said China '
        || 'was ready to continue dialogue with NATO on the basis of equality and mutual respect, according to Xinhua.',
    date '2021-09-27', null, 'DAY', 'EXACT', 'MEETING', 'nato-china-relations', null,
    array['NATO', 'CN'], array[]::text[]);
select pg_temp.add_sources('2021-09-27-wang-yi-and-stoltenberg-hold-video-call', $json$[
  ["NEWS", "http://en.people.cn/n3/2021/0928/c90000-9902113.html", "China ready to continue dialogue with NATO on equality, mutual respect basis: FM", "Xinhua", "2021-09-28"]
]$json$);

select pg_temp.add_event('2022-09-22-wang-yi-meets-stoltenberg-at-un-general-assembly',
    'Wang Yi meets Jens Stoltenberg at the UN General Assembly',
    'Chinese Foreign Minister Wang Yi met NATO Secretary General Jens Stoltenberg on the sidelines of the UN General '
        || 'Assembly in New York. According to the Chinese account, China "stays open-minded to dialogues and exchanges '
        || 'with NATO".',
    date '2022-09-22', null, 'DAY', 'EXACT', 'MEETING', 'nato-china-relations', 'New York, United States',
    array['NATO', 'CN'], array[]::text[]);
select pg_temp.add_sources('2022-09-22-wang-yi-meets-stoltenberg-at-un-general-assembly', $json$[
  ["OFFICIAL", "http://au.china-mission.gov.cn/eng/zgyw_3/202209/t20220925_10771212.htm", "Wang Yi Meets with NATO Secretary General Jens Stoltenberg", "Embassy of the PRC in Australia", "2022-09-23"]
]$json$);

-- 15. Tokyo, 31 January 2023 ------------------------------------------------------------------------------------

select pg_temp.add_event('2023-01-31-stoltenberg-and-kishida-issue-joint-statement-in-tokyo',
    'Stoltenberg and Kishida issue a joint statement in Tokyo on deepening NATO–Japan cooperation',
    'NATO Secretary General Jens Stoltenberg met Prime Minister Fumio Kishida in Tokyo and the two issued a joint '
        || 'statement on strengthening NATO–Japan cooperation, according to NATO and Japan''s Prime Minister''s Office. '
        || 'Japan''s summary says both sides reaffirmed enhanced cooperation in areas including cyber, and Stoltenberg '
        || 'said no NATO partner was closer or more capable than Japan.',
    date '2023-01-31', null, 'DAY', 'EXACT', 'MEETING', 'nato-japan-itpp', 'Tokyo, Japan',
    array['NATO', 'JP'], array['partnerships', 'cyber-defence']);
select pg_temp.add_sources('2023-01-31-stoltenberg-and-kishida-issue-joint-statement-in-tokyo', $json$[
  ["OFFICIAL", "https://www.nato.int/cps/en/natolive/opinions_211294.htm?selectedLocale=en", "Joint Statement Issued on the occasion of the meeting between H.E. Mr Jens Stoltenberg, NATO Secretary General and H.E. Mr Kishida Fumio, Prime Minister of Japan", "NATO", "2023-01-31"],
  ["OFFICIAL", "https://www.nato.int/cps/en/natohq/opinions_210901.htm", "Joint press point by NATO Secretary General Jens Stoltenberg with Prime Minister Fumio Kishida", "NATO", "2023-01-31"],
  ["OFFICIAL", "https://japan.kantei.go.jp/101_kishida/diplomatic/202301/_00011.html", "Meeting and Working Dinner between Prime Minister Kishida and NATO Secretary General Stoltenberg (Summary)", "Prime Minister's Office of Japan", "2023-01-31"],
  ["NEWS", "https://thestar.com.my/aseanplus/aseanplus-news/2023/01/31/japan-and-natoagree-to-deepen-cooperation-amid-russia-china-threat", "[Japan and NATO agree to deepen cooperation amid Russia, China threat]", "dpa", "2023-01-31"]
]$json$);
select pg_temp.add_statement('2023-01-31-stoltenberg-and-kishida-issue-joint-statement-in-tokyo',
    'Jens Stoltenberg', 'Secretary General of NATO', 'NATO', date '2023-01-31',
    'What is happening in Europe today could happen in East Asia tomorrow.', 'SUPPORTIVE',
    'https://www.nato.int/cps/en/natohq/opinions_210901.htm');

-- 21. Brussels, 4 April 2023: Japan's own mission to NATO ---------------------------------------------------------

select pg_temp.add_event('2023-04-04-stoltenberg-welcomes-japans-mission-to-nato',
    'Stoltenberg welcomes Japan''s decision to open a dedicated diplomatic mission to NATO',
    'At a joint press appearance in Brussels with Foreign Minister Yoshimasa Hayashi, Secretary General Jens '
        || 'Stoltenberg welcomed Japan''s decision to open a dedicated mission to NATO, according to Anadolu Agency, '
        || 'and said NATO had invited the heads of state and government of its Indo-Pacific partners, according to '
        || 'NATO''s transcript. According to AP, Japan formally inaugurated the mission, led by Osamu Izawa, on 16 '
        || 'January 2025; until then Japan''s embassy in Belgium had also covered NATO.',
    date '2023-04-04', null, 'DAY', 'EXACT', 'STATEMENT', 'ap4-missions-to-nato', 'Brussels, Belgium',
    array['NATO', 'JP'], array['partnerships']);
select pg_temp.add_sources('2023-04-04-stoltenberg-welcomes-japans-mission-to-nato', $json$[
  ["OFFICIAL", "https://www.nato.int/cps/ru/natohq/opinions_213469.htm?selectedLocale=ru", "Joint statement by NATO Secretary General Jens Stoltenberg with the Minister of Foreign Affairs of Japan, Yoshimasa Hayashi", "NATO", "2023-04-04"],
  ["OFFICIAL", "https://www.mofa.go.jp/erp/ep/page1e_000611.html", "North Atlantic Treaty Organization (NATO)", "Ministry of Foreign Affairs of Japan", "2023-04-04"],
  ["NEWS", "https://anews.com.tr/world/2023/04/05/stoltenberg-welcomes-japans-plan-to-open-diplomatic-mission-to-nato", "Stoltenberg welcomes Japan's plan to open diplomatic mission to NATO", "Anadolu Agency", "2023-04-05"],
  ["NEWS", "https://japantoday.com/category/politics/japan-launches-independent-mission-to-nato-as-tensions-with-russia-china-and-north-korea-rise", "Japan launches independent mission to NATO", "Associated Press", "2025-01-16"]
]$json$);
select pg_temp.add_statement('2023-04-04-stoltenberg-welcomes-japans-mission-to-nato',
    'Jens Stoltenberg', 'Secretary General of NATO', 'NATO', date '2023-04-04',
    'We welcome very much that you have decided to open a dedicated diplomatic mission to NATO', 'SUPPORTIVE',
    'https://anews.com.tr/world/2023/04/05/stoltenberg-welcomes-japans-plan-to-open-diplomatic-mission-to-nato');

-- 16–18. Vilnius, July 2023 ---------------------------------------------------------------------------------------

select pg_temp.add_event('2023-07-11-nato-and-south-korea-adopt-partnership-programme',
    'NATO and South Korea adopt an Individually Tailored Partnership Programme covering 11 areas',
    'South Korean President Yoon Suk Yeol and Secretary General Jens Stoltenberg adopted an Individually Tailored '
        || 'Partnership Programme in Vilnius, replacing a 2012 programme with seven areas, according to Yonhap citing '
        || 'the presidential office. Stoltenberg said the programme had been finalised; the areas listed include '
        || 'counter-terrorism, non-proliferation, emerging technologies and cyber defence.',
    date '2023-07-11', null, 'DAY', 'EXACT', 'AGREEMENT', 'ap4-partnership-programmes', 'Vilnius, Lithuania',
    array['NATO', 'KR'], array['partnerships', 'cyber-defence', 'disruptive-technologies']);
select pg_temp.add_sources('2023-07-11-nato-and-south-korea-adopt-partnership-programme', $json$[
  ["OFFICIAL", "https://www.nato.int/cps/en/natohq/opinions_217027.htm?selectedLocale=en", "Short remarks by NATO Secretary General Jens Stoltenberg and the President of the Republic of Korea, Yoon Suk Yeol", "NATO", "2023-07-11"],
  ["NEWS", "http://m.oananews.org/content/news/s-korea-nato-establish-new-partnership-cooperation-11-areas", "S. Korea, NATO establish new partnership for cooperation in 11 areas", "Yonhap", "2023-07-11"],
  ["NEWS", "https://m.koreaherald.com/amp/view.php?ud=20230711000737", "[South Korea and NATO adopt partnership programme in 11 areas]", "The Korea Herald", "2023-07-11"]
]$json$);
select pg_temp.add_statement('2023-07-11-nato-and-south-korea-adopt-partnership-programme',
    'Jens Stoltenberg', 'Secretary General of NATO', 'NATO', date '2023-07-11',
    'What happens in the Indo-Pacific matters for Europe, and what happens in Europe matters for the Indo-Pacific.',
    'SUPPORTIVE', 'https://www.nato.int/cps/en/natohq/opinions_217027.htm?selectedLocale=en');

select pg_temp.add_event('2023-australia-nato-partnership-programme-2023-2026',
    'Australia–NATO Individually Tailored Partnership Programme for 2023–2026',
    'Australia''s mission to NATO says the relationship is guided by a 2023–2026 Australia–NATO Individually '
        || 'Tailored Partnership Programme focused on interoperability, capability development and dialogue on '
        || 'issues including emerging technologies, space and cyber defence. The date it was agreed was not found: '
        || 'before the Vilnius Summit the Guardian reported that Australia would move to a new programme, and KBS '
        || 'reported at the summit that Australia already had one.',
    date '2023-01-01', null, 'YEAR', 'CIRCA', 'AGREEMENT', 'ap4-partnership-programmes', null,
    array['NATO', 'AU'], array['partnerships', 'interoperability', 'cyber-defence', 'space']);
select pg_temp.add_sources('2023-australia-nato-partnership-programme-2023-2026', $json$[
  ["OFFICIAL", "http://belgium.embassy.gov.au/bsls/relnato.html", "Relations with NATO", "Australian Mission to the EU and NATO", null],
  ["OFFICIAL", "https://eu.mission.gov.au/bsls/relnato.html", "[Relations with NATO]", "Australian Mission to the EU and NATO", null],
  ["NEWS", "http://www.inkl.com/news/much-more-ambitious-australia-to-deepen-partnership-with-nato-as-it-opens-japan-office", "‘Much more ambitious’: Australia to deepen partnership with Nato as it opens Japan office", "The Guardian", null],
  ["NEWS", "http://world.kbs.co.kr/service/news_view.htm?lang=g&Seq_Code=97103", "[Yoon meets Stoltenberg in Vilnius]", "KBS World", null]
]$json$);

select pg_temp.add_event('2023-07-12-chinese-mission-rejects-vilnius-communique',
    'Chinese Mission to the EU rejects the China-related content of the Vilnius Summit Communiqué',
    'A spokesperson of China''s Mission to the EU said the Vilnius communiqué distorted China''s positions and '
        || 'reflected a Cold War mentality, and that China opposes NATO''s "eastward movement" into the Asia-Pacific. '
        || 'The Chinese chargé d''affaires'' office in Lithuania made similar comments on 13 July. The communiqué '
        || '(11 July) said the PRC''s stated ambitions and coercive policies challenge Allies'' interests, security '
        || 'and values.',
    date '2023-07-12', null, 'DAY', 'EXACT', 'STATEMENT', 'nato-china-relations', null,
    array['CN', 'NATO'], array[]::text[]);
select pg_temp.add_sources('2023-07-12-chinese-mission-rejects-vilnius-communique', $json$[
  ["OFFICIAL", "http://eu.china-mission.gov.cn/eng/fyrjh/202307/t20230712_11112008.htm", "Spokesperson of the Chinese Mission to the EU Speaks on a Question Concerning China-related Content in the NATO Vilnius Summit Communiqué", "Mission of the PRC to the EU", "2023-07-12"],
  ["OFFICIAL", "http://lt.china-office.gov.cn/eng/en/202307/t20230713_11112992.htm", "Comments by the Office of the Chargé d'Affaires of the People's Republic of China in Lithuania on a Question Concerning China-related Content in the NATO Vilnius Summit Communiqué", "Office of the Chargé d'Affaires of the PRC in Lithuania", "2023-07-13"],
  ["OFFICIAL", "https://china.usembassy-china.org.cn/vilnius-summit-communique-excerpts/", "[Vilnius Summit Communiqué, excerpts on the People's Republic of China]", "U.S. Embassy & Consulates in China", null]
]$json$);
select pg_temp.add_statement('2023-07-12-chinese-mission-rejects-vilnius-communique',
    'Spokesperson of the Chinese Mission to the EU', 'Mission of the People''s Republic of China to the European Union',
    'CN', date '2023-07-12', 'We firmly oppose NATO’s eastward movement into the Asia-Pacific region', 'CRITICAL',
    'http://eu.china-mission.gov.cn/eng/fyrjh/202307/t20230712_11112008.htm');

-- 19–20. Washington, July 2024 ----------------------------------------------------------------------------------

select pg_temp.add_event('2024-07-09-washington-summit',
    'NATO Washington Summit: the four partners attend for a third year',
    'Leaders or their deputies from Japan, South Korea, New Zealand and Australia attended NATO''s 75th-anniversary '
        || 'summit, according to AP; Japan''s Prime Minister''s Office records a meeting of the four on 11 July of '
        || 'Fumio Kishida, Christopher Luxon, Yoon Suk Yeol and Australia''s Deputy Prime Minister Richard Marles. '
        || 'Prime Minister Anthony Albanese had decided to send Marles instead of attending. According to AP, the four '
        || 'launched joint projects with NATO on Ukraine, cybersecurity, disinformation and artificial intelligence.',
    date '2024-07-09', date '2024-07-11', 'DAY', 'EXACT', 'SUMMIT', 'ap4-at-nato-summits', 'Washington, D.C., United States',
    array['NATO', 'JP', 'KR', 'AU', 'NZ'], array['summits', 'partnerships']);
select pg_temp.add_sources('2024-07-09-washington-summit', $json$[
  ["OFFICIAL", "https://japan.kantei.go.jp/101_kishida/diplomatic/202407/11ip4.html", "Japan-Australia-New Zealand-ROK Leaders’ Meeting (Summary)", "Prime Minister's Office of Japan", "2024-07-11"],
  ["OFFICIAL", "https://japan.kantei.go.jp/101_kishida/diplomatic/202407/11ip4ukraine.html", "Japan-Australia-New Zealand-ROK + Ukraine Leaders’ Meeting (Summary)", "Prime Minister's Office of Japan", "2024-07-11"],
  ["OFFICIAL", "https://www.scoop.co.nz/stories/PA2407/S00018/prime-minister-heads-to-united-states-for-nato.htm", "Prime Minister Heads To United States For NATO", "New Zealand Government", "2024-07-03"],
  ["NEWS", "https://kvia.com/news/2024/07/11/faced-with-threats-from-russia-and-its-asian-supporters-nato-and-indo-pacific-partners-get-closer/", "[Faced with threats from Russia and its Asian supporters, NATO and Indo-Pacific partners get closer]", "Associated Press", "2024-07-11"],
  ["NEWS", "https://www.perthnow.com.au/news/anthony-albanese-to-send-defence-minister-richard-marles-to-nato-summit-in-his-absence-c-15223889", "[Anthony Albanese to send Defence Minister Richard Marles to NATO summit in his absence]", "PerthNow", "2024-07-02"]
]$json$);
select pg_temp.add_statement('2024-07-09-washington-summit',
    'Christopher Luxon', 'Prime Minister of New Zealand', 'NZ', date '2024-07-03',
    'At NATO, counterparts from Australia, Japan and Korea will join me in a meeting of the Indo-Pacific Four.',
    'SUPPORTIVE', 'https://www.scoop.co.nz/stories/PA2407/S00018/prime-minister-heads-to-united-states-for-nato.htm');

select pg_temp.add_event('2024-07-11-china-condemns-washington-summit-declaration',
    'China''s Foreign Ministry condemns the Washington Summit Declaration',
    'Foreign Ministry spokesperson Lin Jian called NATO''s Washington Summit Declaration a product of Cold War '
        || 'mentality and said China had lodged a serious protest with NATO; the question put to him noted that the '
        || 'declaration called China "a decisive enabler of Russia''s war against Ukraine". China''s Mission to the EU '
        || 'rejected the declaration''s China-related paragraphs the same day.',
    date '2024-07-11', null, 'DAY', 'EXACT', 'STATEMENT', 'nato-china-relations', null,
    array['CN', 'NATO'], array[]::text[]);
select pg_temp.add_sources('2024-07-11-china-condemns-washington-summit-declaration', $json$[
  ["OFFICIAL", "https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202407/t20240730_11463257.html", "Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on July 11, 2024", "Ministry of Foreign Affairs of the PRC", "2024-07-11"],
  ["OFFICIAL", "http://eu.china-mission.gov.cn/eng/mh/202407/t20240711_11451838.htm", "[The Chinese Mission to the EU on the NATO Washington Summit Declaration]", "Mission of the PRC to the EU", "2024-07-11"],
  ["NEWS", "http://en.people.cn/n3/2024/0712/c90000-20192773.html", "China strongly opposes NATO's Washington summit declaration: spokesperson", "Xinhua", "2024-07-12"]
]$json$);
select pg_temp.add_statement('2024-07-11-china-condemns-washington-summit-declaration',
    'Lin Jian', 'Spokesperson, Ministry of Foreign Affairs of the People''s Republic of China', 'CN', date '2024-07-11',
    'We strongly deplore and firmly oppose it, and have lodged a serious protest to NATO.', 'CRITICAL',
    'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202407/t20240730_11463257.html');

-- 22. Tokyo, April 2025 -----------------------------------------------------------------------------------------

select pg_temp.add_event('2025-04-08-rutte-visits-japan-joint-statement',
    'Rutte''s first Indo-Pacific visit as Secretary General; Japan and NATO issue a joint statement',
    'Secretary General Mark Rutte met Prime Minister Shigeru Ishiba in Tokyo on 9 April and a joint statement was '
        || 'issued, according to Japan''s Prime Minister''s Office, whose summary says Rutte hoped to strengthen '
        || 'cooperation "including in the field of the defense industry". According to The Japan Times, Rutte visited '
        || 'Yokosuka naval base and a Mitsubishi Electric plant on 8 April; according to the Yomiuri, the joint '
        || 'statement said both sides face many of the same challenges.',
    date '2025-04-08', date '2025-04-09', 'DAY', 'EXACT', 'MEETING', 'nato-japan-itpp', 'Tokyo, Japan',
    array['NATO', 'JP'], array['partnerships']);
select pg_temp.add_sources('2025-04-08-rutte-visits-japan-joint-statement', $json$[
  ["OFFICIAL", "https://japan.kantei.go.jp/103/diplomatic/202504/09nato.html", "Meeting between Prime Minister Ishiba and NATO Secretary General Rutte (Summary)", "Prime Minister's Office of Japan", "2025-04-10"],
  ["OFFICIAL", "https://miragenews.com/nato-chief-in-tokyo-boosting-ties-with-key-ally-1442487", "[NATO chief in Tokyo boosting ties with key ally]", "Mirage News", null],
  ["NEWS", "https://www.japantimes.co.jp/news/2025/04/08/japan/politics/nato-mark-rutte-yokosuka/", "[NATO's Mark Rutte visits Yokosuka]", "The Japan Times", "2025-04-08"],
  ["NEWS", "https://japannews.yomiuri.co.jp/politics/politics-government/20250410-248149", "Japan Prime Minister Ishiba, NATO Secretary General Rutte Agree to Boost Security Cooperation During Talks in Tokyo", "The Japan News (Yomiuri Shimbun)", "2025-04-10"]
]$json$);
select pg_temp.add_statement('2025-04-08-rutte-visits-japan-joint-statement',
    'Mark Rutte', 'Secretary General of NATO', 'NATO', date '2025-04-09',
    'Japan is one of NATO''s most valued partners, and today we set out our vision on how to further strengthen our cooperation,',
    'SUPPORTIVE', 'https://miragenews.com/nato-chief-in-tokyo-boosting-ties-with-key-ally-1442487');

-- 23–24. The Hague, June 2025 -----------------------------------------------------------------------------------

select pg_temp.add_event('2025-06-24-the-hague-summit',
    'NATO summit in The Hague: New Zealand''s Prime Minister the only Asia-Pacific partner leader to attend',
    'Japan was represented by Foreign Minister Takeshi Iwaya, South Korea by National Security Adviser Wi Sung-lac '
        || 'and Australia by Deputy Prime Minister Richard Marles, while New Zealand''s Prime Minister Christopher '
        || 'Luxon attended in person, according to Japan''s Foreign Ministry, Yonhap and Asia Today. According to the '
        || 'Asahi Shimbun, Prime Minister Shigeru Ishiba decided at the last minute not to attend; according to '
        || 'Yonhap, President Lee Jae-myung stayed away citing domestic priorities and uncertainty in the Middle East.',
    date '2025-06-24', date '2025-06-25', 'DAY', 'EXACT', 'SUMMIT', 'ap4-at-nato-summits', 'The Hague, Netherlands',
    array['NATO', 'JP', 'KR', 'AU', 'NZ'], array['summits', 'partnerships']);
select pg_temp.add_sources('2025-06-24-the-hague-summit', $json$[
  ["OFFICIAL", "https://www.mofa.go.jp/erp/ep/pageite_000001_01073.html", "North Atlantic Treaty Organization (NATO)", "Ministry of Foreign Affairs of Japan", "2025-06-24"],
  ["NEWS", "http://www.koreatimesus.com/lees-top-security-aide-to-attend-nato-summit-in-netherlands-presidential-office", "Lee’s top security aide to attend NATO summit in Netherlands: presidential office", "Yonhap", null],
  ["NEWS", "https://en.asiatoday.co.kr/view.php?key=20250625000851125", "Wi Seong-rak heads to NATO summit, likely to meet Trump at IP4 session", "Asia Today", "2025-06-25"],
  ["NEWS", "https://ajw-origin.potaufeu.asahi.com/ajw/articles/15866266", "[Ishiba skips NATO summit]", "The Asahi Shimbun", "2025-06-26"],
  ["NEWS", "https://www.1news.co.nz/2025/06/26/luxon-meets-zelensky-after-nato-pledges-big-hike-in-defence-spending", "[Luxon meets Zelensky after NATO pledges big hike in defence spending]", "1News", "2025-06-26"],
  ["NEWS", "https://www-green.cache-green.aws.rnz.net.nz/news/political/564951/what-s-in-store-for-prime-minister-christopher-luxon-at-nato", "Christopher Luxon arrives for 'fork in the road moment' at NATO", "RNZ", null]
]$json$);
select pg_temp.add_statement('2025-06-24-the-hague-summit',
    'Christopher Luxon', 'Prime Minister of New Zealand', 'NZ', null,
    'That’s why it’s important New Zealand is at the table at NATO for these critical discussions with likeminded partners,',
    'SUPPORTIVE', 'https://www.1news.co.nz/2025/06/26/luxon-meets-zelensky-after-nato-pledges-big-hike-in-defence-spending');

select pg_temp.add_event('2025-06-24-japan-and-south-korea-advance-defence-industrial-cooperation',
    'Japan and South Korea advance defence-industrial cooperation with NATO at The Hague',
    'Japan''s Foreign Ministry says Foreign Minister Takeshi Iwaya welcomed the launch of a Japan–NATO Defense '
        || 'Equipment and Industrial Dialogue (launched earlier in 2025; the exact date was not found) and that both '
        || 'sides agreed to raise cooperation "to a new height", including in the defence industry. KBS, citing South '
        || 'Korea''s presidential office, reported that Wi Sung-lac and Mark Rutte agreed to set up a '
        || 'director-general-level South Korea–NATO defence-industry consultation body.',
    date '2025-06-24', date '2025-06-25', 'DAY', 'EXACT', 'AGREEMENT', 'ap4-defence-industrial-cooperation',
    'The Hague, Netherlands', array['NATO', 'JP', 'KR'], array['partnerships']);
select pg_temp.add_sources('2025-06-24-japan-and-south-korea-advance-defence-industrial-cooperation', $json$[
  ["OFFICIAL", "https://www.mofa.go.jp/erp/ep/pageite_000001_01073.html", "North Atlantic Treaty Organization (NATO)", "Ministry of Foreign Affairs of Japan", "2025-06-24"],
  ["NEWS", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=194066", "[South Korea and NATO agree on defence-industry consultation body]", "KBS World", "2025-06-26"],
  ["NEWS", "https://japannews.yomiuri.co.jp/politics/politics-government/20250626-265990/", "Japan Foreign Minister Iwaya Holds Brief Discussion with U.S. Foreign Secretary Rubio; Both Pledge to Support Tariff Negotiations", "The Japan News (Yomiuri Shimbun)", "2025-06-26"]
]$json$);

-- Publishers met for the first time above: their country and kind ------------------------------------------------

update publisher p set country = v.country, kind = v.kind
from (values
    ('dpa', 'DE', 'NEWS_ORGANISATION'),
    ('Anadolu Agency', 'TR', 'NEWS_ORGANISATION'),
    ('Yonhap', 'KR', 'NEWS_ORGANISATION'),
    ('The Korea Herald', 'KR', 'NEWS_ORGANISATION'),
    ('Australian Mission to the EU and NATO', 'AU', 'GOVERNMENT'),
    ('KBS World', 'KR', 'NEWS_ORGANISATION'),
    ('Mission of the PRC to the EU', 'CN', 'GOVERNMENT'),
    ('Office of the Chargé d''Affaires of the PRC in Lithuania', 'CN', 'GOVERNMENT'),
    ('Ministry of Foreign Affairs of the PRC', 'CN', 'GOVERNMENT'),
    ('New Zealand Government', 'NZ', 'GOVERNMENT'),
    ('PerthNow', 'AU', 'NEWS_ORGANISATION'),
    ('Mirage News', 'AU', 'OTHER'),
    ('The Japan News (Yomiuri Shimbun)', 'JP', 'NEWS_ORGANISATION'),
    ('Asia Today', 'KR', 'NEWS_ORGANISATION'),
    ('The Asahi Shimbun', 'JP', 'NEWS_ORGANISATION'),
    ('1News', 'NZ', 'NEWS_ORGANISATION'),
    ('RNZ', 'NZ', 'NEWS_ORGANISATION')
) as v (name, country, kind)
where p.name = v.name;

-- Related events, stored once per pair ---------------------------------------------------------------------------

insert into event_link (event_a_id, event_b_id)
select least(pair.a, pair.b), greatest(pair.a, pair.b)
from (
    select (select id from event where slug = v.slug_a) as a, (select id from event where slug = v.slug_b) as b
    from (values
        ('2009-gulf-of-aden-anti-piracy-coordination', '2012-01-nato-and-chinese-commanders-meet-at-sea-in-gulf-of-aden'),
        ('2009-gulf-of-aden-anti-piracy-coordination', '2015-11-25-first-joint-nato-china-anti-piracy-drill'),
        ('2017-nato-china-dialogue-halts', '2020-02-14-wang-yi-meets-stoltenberg-in-munich'),
        ('2017-nato-china-dialogue-halts', '2021-09-27-wang-yi-and-stoltenberg-hold-video-call'),
        ('2017-nato-china-dialogue-halts', '2022-09-22-wang-yi-meets-stoltenberg-at-un-general-assembly'),
        ('2023-07-12-nato-japan-itpp-agreed', '2023-01-31-stoltenberg-and-kishida-issue-joint-statement-in-tokyo'),
        ('2023-07-12-nato-japan-itpp-agreed', '2025-04-08-rutte-visits-japan-joint-statement'),
        ('2023-07-11-vilnius-summit', '2023-07-11-nato-and-south-korea-adopt-partnership-programme'),
        ('2023-07-11-vilnius-summit', '2023-07-12-chinese-mission-rejects-vilnius-communique'),
        ('2023-07-11-vilnius-summit', '2024-07-09-washington-summit'),
        ('2024-07-09-washington-summit', '2024-07-11-china-condemns-washington-summit-declaration'),
        ('2024-07-09-washington-summit', '2025-06-24-the-hague-summit'),
        ('2025-06-24-the-hague-summit', '2025-06-24-japan-and-south-korea-advance-defence-industrial-cooperation')
    ) as v (slug_a, slug_b)
) as pair;

-- Search text, and the first history entry ------------------------------------------------------------------------

create temporary table new_event on commit drop as
select id from event where created_at = timestamptz '2026-11-30 12:00:00+00' and created_by = 'seed';

-- Filling in the search text is part of adding the events, not a change of its own.
alter table event disable trigger event_change_log;
update event e set search_extra = event_search_extra(e.id) where e.id in (select id from new_event);
alter table event enable trigger event_change_log;

-- The seeded events that gained related events change too (README: whoever changes links updates the event row);
-- their entries only follow from the new events, like those V25 calls incidental.
update event e set version = e.version + 1, updated_at = now()
where e.id not in (select id from new_event)
  and e.id in (select l.event_a_id from event_link l where l.event_b_id in (select id from new_event)
               union select l.event_b_id from event_link l where l.event_a_id in (select id from new_event));
update event_change set incidental = true
where txid = pg_current_xact_id() and kind = 'UPDATED';
update event_change set initial = true
where txid = pg_current_xact_id() and kind = 'PUBLISHED';

insert into revision (made_at, username, action, change_note)
values (now(), 'system', 'IMPORTED', 'Added to the initial dataset with its sources');
insert into development_aud (id, rev, revtype, slug, title, description, status, created_at, updated_at, version)
select id, (select max(id) from revision), 0, slug, title, description, status, created_at, updated_at, version
from development where slug in ('ap4-partnership-programmes', 'ap4-missions-to-nato', 'ap4-defence-industrial-cooperation');
insert into event_aud (id, rev, revtype, slug, title, summary, body, start_date, end_date, date_precision,
                       date_qualifier, type, development_id, location, status, withdrawn_reason, created_at,
                       created_by, updated_at, updated_by, published_at, version)
select id, (select max(id) from revision), 0, slug, title, summary, body, start_date, end_date, date_precision,
       date_qualifier, type, development_id, location, status, withdrawn_reason, created_at, created_by, updated_at,
       updated_by, published_at, version
from event where id in (select id from new_event);
insert into event_actor_aud (event_id, actor_id, rev, revtype)
select event_id, actor_id, (select max(id) from revision), 0 from event_actor where event_id in (select id from new_event);
insert into event_topic_aud (event_id, topic_id, rev, revtype)
select event_id, topic_id, (select max(id) from revision), 0 from event_topic where event_id in (select id from new_event);
insert into event_link_aud (event_a_id, event_b_id, rev, revtype)
select event_a_id, event_b_id, (select max(id) from revision), 0 from event_link
where event_a_id in (select id from new_event) or event_b_id in (select id from new_event);
insert into event_source_aud (event_id, rev, revtype, position, url, title, publisher, published_on, accessed_on,
                              archive_url, kind)
select event_id, (select max(id) from revision), 0, position, url, title, publisher, published_on, accessed_on,
       archive_url, kind
from event_source where event_id in (select id from new_event);
insert into event_statement_aud (event_id, rev, revtype, position, speaker, speaker_role, actor_id, stated_on, quote,
                                 paraphrase, language, original_text, stance, source_url)
select event_id, (select max(id) from revision), 0, position, speaker, speaker_role, actor_id, stated_on, quote,
       paraphrase, language, original_text, stance, source_url
from event_statement where event_id in (select id from new_event);

drop function pg_temp.add_event(text, text, text, date, date, text, text, text, text, text, text[], text[]);
drop function pg_temp.add_sources(text, jsonb);
drop function pg_temp.add_statement(text, text, text, text, date, text, text, text);
