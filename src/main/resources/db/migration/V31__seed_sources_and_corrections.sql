-- Better sources for the seed dataset, and corrections where they showed a seeded fact to be wrong or
-- imprecise. Everything here comes from shared/seed/sources-2026.md: official texts and news reports found
-- for each event, each cited at the address it was seen at. The "NATO pivots to Asia" article stays where it
-- was cited, now at its public address and marked as opinion.
--
-- Each event's sources are written anew in the order they support it: official texts first, then news
-- reports, then analysis and opinion. A wire story read on another site names the agency as its publisher
-- (Reuters on Japan Today is Reuters), so that one report copied twice is counted once. A title in square
-- brackets was supplied by the editors: the page's own title was not recorded.
--
-- Every corrected event gets a revision with a public note (it shows on /changes, joined by transaction id as
-- V25 describes), a history entry for the desk, a higher version and new search text (search_extra, as V24
-- asks of every writer that changes sources or statements).

-- Publishers, with their country and kind ----------------------------------------------------------------

insert into publisher (name, country, kind) values
    ('United Nations',                                   null, 'INTERNATIONAL_ORGANISATION'),
    ('Associated Press',                                 'US', 'NEWS_ORGANISATION'),
    ('Reuters',                                          'GB', 'NEWS_ORGANISATION'),
    ('Atlantic Council',                                 'US', 'RESEARCH'),
    ('China Radio International',                        'CN', 'NEWS_ORGANISATION'),
    ('Consulate General of the PRC in Laoag',            'CN', 'GOVERNMENT'),
    ('Embassy of the PRC in Australia',                  'CN', 'GOVERNMENT'),
    ('Xinhua',                                           'CN', 'NEWS_ORGANISATION'),
    ('ANI',                                              'IN', 'NEWS_ORGANISATION'),
    ('Hromadske',                                        'UA', 'NEWS_ORGANISATION'),
    ('Ukrainian News',                                   'UA', 'NEWS_ORGANISATION'),
    ('United States Institute of Peace',                 'US', 'RESEARCH'),
    ('News.az',                                          'AZ', 'NEWS_ORGANISATION'),
    ('Teller Report',                                    null, 'OTHER'),
    ('The Guardian',                                     'GB', 'NEWS_ORGANISATION'),
    ('mna.net.cn (mirror of Chinese Foreign Ministry transcripts)', 'CN', 'OTHER'),
    ('Jiji Press',                                       'JP', 'NEWS_ORGANISATION'),
    ('News On Japan',                                    'JP', 'NEWS_ORGANISATION'),
    ('Prime Minister''s Office of Japan',                'JP', 'GOVERNMENT'),
    ('U.S. Embassy & Consulates in China',               'US', 'GOVERNMENT'),
    ('Ministry of Foreign Affairs of Japan',             'JP', 'GOVERNMENT'),
    ('Kyodo News',                                       'JP', 'NEWS_ORGANISATION'),
    ('Le Courrier du Vietnam',                           'VN', 'NEWS_ORGANISATION'),
    ('The Nation',                                       'PK', 'NEWS_ORGANISATION')
on conflict do nothing;
update publisher set kind = 'OTHER', country = 'FR' where name = 'IMD Geo (imdgeo.org)';

-- The text an event's search_extra holds (V24): its statements, then its sources. A writer in psql who
-- changes either can set search_extra = event_search_extra(id), as this migration and the next do.
create function event_search_extra(target bigint) returns text language sql stable as $$
    select concat_ws(E'\n',
        (select string_agg(concat_ws(E'\n', s.speaker, s.quote, s.paraphrase), E'\n' order by s.position)
         from event_statement s where s.event_id = target),
        (select string_agg(concat_ws(E'\n', src.title, src.publisher), E'\n' order by src.position)
         from event_source src where src.event_id = target))
$$;

-- Helpers for this migration only ---------------------------------------------------------------------------

-- Replaces an event's sources; the trigger on event_source files each under its publisher.
create function pg_temp.set_sources(event_slug text, rows jsonb) returns void language plpgsql as $$
declare
    target_id bigint := (select id from event where slug = event_slug);
begin
    if target_id is null then
        raise exception 'No event %', event_slug;
    end if;
    delete from event_source s where s.event_id = target_id;
    insert into event_source (event_id, position, kind, url, title, publisher, published_on)
    select target_id, r.ordinality - 1, r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3,
           (r.value ->> 4)::date
    from jsonb_array_elements(rows) with ordinality as r (value, ordinality);
end
$$;

-- After an event changed: a new version, its search text, and a revision with the public note, holding the
-- event's state as Envers would (sources and statements replaced: the old rows deleted, the new ones added).
create function pg_temp.record_correction(event_slug text, note text) returns void language plpgsql as $$
declare
    target_id bigint := (select id from event where slug = event_slug);
    rev_id bigint;
begin
    update event e
    set version = e.version + 1, updated_at = now(), updated_by = 'system', search_extra = event_search_extra(e.id)
    where e.id = target_id;

    insert into revision (made_at, username, action, change_note) values (now(), 'system', 'EDITED', note)
    returning id into rev_id;
    insert into event_aud (id, rev, revtype, slug, title, summary, body, start_date, end_date, date_precision,
                           date_qualifier, type, development_id, location, status, withdrawn_reason, created_at,
                           created_by, updated_at, updated_by, published_at, version)
    select id, rev_id, 1, slug, title, summary, body, start_date, end_date, date_precision, date_qualifier, type,
           development_id, location, status, withdrawn_reason, created_at, created_by, updated_at, updated_by,
           published_at, version
    from event where id = target_id;

    insert into event_source_aud (event_id, rev, revtype, position, url, title, publisher, published_on,
                                  accessed_on, archive_url, kind)
    select a.event_id, rev_id, 2, a.position, a.url, a.title, a.publisher, a.published_on, a.accessed_on,
           a.archive_url, a.kind
    from event_source_aud a
    where a.event_id = target_id and a.revtype <> 2
      and a.rev = (select max(b.rev) from event_source_aud b
                   where b.event_id = a.event_id and b.position = a.position);
    insert into event_source_aud (event_id, rev, revtype, position, url, title, publisher, published_on,
                                  accessed_on, archive_url, kind)
    select s.event_id, rev_id, 0, s.position, s.url, s.title, s.publisher, s.published_on, s.accessed_on,
           s.archive_url, s.kind
    from event_source s where s.event_id = target_id;

    insert into event_statement_aud (event_id, rev, revtype, position, speaker, speaker_role, actor_id, stated_on,
                                     quote, paraphrase, language, original_text, stance, source_url)
    select a.event_id, rev_id, 2, a.position, a.speaker, a.speaker_role, a.actor_id, a.stated_on, a.quote,
           a.paraphrase, a.language, a.original_text, a.stance, a.source_url
    from event_statement_aud a
    where a.event_id = target_id and a.revtype <> 2
      and a.rev = (select max(b.rev) from event_statement_aud b
                   where b.event_id = a.event_id and b.position = a.position);
    insert into event_statement_aud (event_id, rev, revtype, position, speaker, speaker_role, actor_id, stated_on,
                                     quote, paraphrase, language, original_text, stance, source_url)
    select s.event_id, rev_id, 0, s.position, s.speaker, s.speaker_role, s.actor_id, s.stated_on, s.quote,
           s.paraphrase, s.language, s.original_text, s.stance, s.source_url
    from event_statement s where s.event_id = target_id;
end
$$;

-- 1. The Chinese embassy in Belgrade: date confirmed; the UN record and AP's report added. ---------------

select pg_temp.set_sources('1999-05-07-nato-bombing-of-chinese-embassy-in-belgrade', $json$[
  ["OFFICIAL", "https://press.un.org/en/1999/19990508.SC6674.R1.html", "China, at Security Council meeting, registers strongest possible protest over attack against its embassy in Belgrade", "United Nations", "1999-05-08"],
  ["NEWS", "https://www.apnews.com/9abf5b1470a214eb8ffdbbe3801c8df4", "NATO Hits China Embassy in Belgrade", "Associated Press", "1999-05-08"],
  ["OPINION", "https://nation.com.pk/20-May-2023/nato-pivots-to-asia", "NATO pivots to Asia", "The Nation", "2023-05-20"]
]$json$);
update event set summary = 'The Chinese embassy in Belgrade was hit in a NATO bombing around midnight on 7 May 1999. '
        || 'China''s representative registered "the strongest possible protest" at the UN Security Council; '
        || 'NATO said it had not intentionally targeted the embassy. The "NATO pivots to Asia" article cites it '
        || 'as one of the occasional crises in NATO–China relations after the Cold War.'
where slug = '1999-05-07-nato-bombing-of-chinese-embassy-in-belgrade';
select pg_temp.record_correction('1999-05-07-nato-bombing-of-chinese-embassy-in-belgrade',
    'Sources added: the UN record of the Security Council meeting of 8 May 1999 and AP''s report. The date is confirmed.');

-- 2. Libya: the month is right for the start; China's criticism is dated and attributed. -----------------

select pg_temp.set_sources('2011-03-nato-intervention-in-libya', $json$[
  ["OFFICIAL", "http://www.aco.nato.int/page424203710.aspx", "SACEUR Message for Operation Unified Protector", "NATO", "2011-03-24"],
  ["OFFICIAL", "https://www.atlanticcouncil.org/blogs/natosource/nato-takes-sole-command-of-libya-air-operations/", "NATO takes sole command of Libya air operations", "Atlantic Council", null],
  ["NEWS", "https://asiancorrespondent.com/2011/03/china-serious-reservations-about-un-resolution/", "China: ‘serious reservations’ about UN’s Libya resolution", "Associated Press", null],
  ["NEWS", "https://german.cri.cn/1565/2011/05/02/1s156119.htm", "[China warns against overstepping the UN mandate in Libya]", "China Radio International", "2011-05-02"],
  ["OPINION", "https://nation.com.pk/20-May-2023/nato-pivots-to-asia", "NATO pivots to Asia", "The Nation", "2023-05-20"]
]$json$);
update event set summary = 'NATO began enforcing the UN arms embargo on Libya on 22 March 2011 under Security Council '
        || 'Resolutions 1970 and 1973, and took sole command of air operations on 31 March (Operation Unified '
        || 'Protector, which ended on 31 October 2011). China had abstained on Resolution 1973, saying it opposes the '
        || 'use of force in international relations; on 2 May 2011 its Foreign Ministry said it opposed any '
        || 'overstepping of the UN mandate. The "NATO pivots to Asia" article cites the intervention as one of the '
        || 'occasional crises in NATO–China relations.'
where slug = '2011-03-nato-intervention-in-libya';
select pg_temp.record_correction('2011-03-nato-intervention-in-libya',
    'Sources added (NATO, AP, China Radio International). China''s view that NATO exceeded the UN mandate is now '
        || 'attributed to its dated statements (abstention in March, Foreign Ministry on 2 May 2011) rather than to the whole month.');

-- 3. Gulf of Aden: no NATO–China exercise in 2009 was found. Re-dated to the start of NATO's counter-piracy ---
--    work (December 2008, per NATO); the later contacts at sea are events of their own (see the next migration).

select pg_temp.set_sources('2009-gulf-of-aden-anti-piracy-coordination', $json$[
  ["OFFICIAL", "https://www.nato.int/cps/en/natohq/news_83585.htm?selectedLocale=en", "NATO and China Cooperate to Fight Piracy", "NATO", "2012-01-19"],
  ["OPINION", "https://nation.com.pk/20-May-2023/nato-pivots-to-asia", "NATO pivots to Asia", "The Nation", "2023-05-20"]
]$json$);
update event set start_date = date '2008-12-01', date_precision = 'MONTH', date_qualifier = 'EXACT', type = 'POLICY',
    title = 'NATO begins counter-piracy work in the Gulf of Aden, where it later coordinates with China',
    summary = 'NATO has contributed to counter-piracy efforts off the Horn of Africa since December 2008, according '
        || 'to NATO, which later described its contacts with China''s navy in the Gulf of Aden as cooperation. No '
        || 'NATO–China exercise in 2009 was found: the first documented meeting of commanders at sea dates from '
        || 'January 2012, and the first joint drill from November 2015. The "NATO pivots to Asia" article cites '
        || 'such coordination as the constructive side of post-Cold-War NATO–China relations.'
where slug = '2009-gulf-of-aden-anti-piracy-coordination';
select pg_temp.record_correction('2009-gulf-of-aden-anti-piracy-coordination',
    'Corrected: no NATO–China exercise in 2009 was found. Re-dated to December 2008, when NATO says its '
        || 'counter-piracy contribution began, and retyped as a policy; the January 2012 meeting at sea and the '
        || 'November 2015 drill are listed as events of their own. NATO source added.');

-- 4. "Dialogue comes to a halt": the article's claim, contradicted by dated meetings after 2017. -------------

select pg_temp.set_sources('2017-nato-china-dialogue-halts', $json$[
  ["OPINION", "https://nation.com.pk/20-May-2023/nato-pivots-to-asia", "NATO pivots to Asia", "The Nation", "2023-05-20"]
]$json$);
update event set title = 'Opinion article says NATO–China dialogue halted after 2017',
    summary = 'The "NATO pivots to Asia" article says that dialogue between NATO and China came to a halt as tensions '
        || 'between the United States and China escalated from 2017. This is the article''s claim: Chinese official '
        || 'sources record high-level NATO–China meetings after 2017, in Munich on 14 February 2020, by video on '
        || '27 September 2021 and at the UN General Assembly on 22 September 2022.'
where slug = '2017-nato-china-dialogue-halts';
select pg_temp.record_correction('2017-nato-china-dialogue-halts',
    'Corrected: the halt in dialogue is the opinion article''s claim, not an established fact. Chinese official '
        || 'sources record NATO–China meetings in 2020, 2021 and 2022, now listed as events.');

-- 5. Madrid: 29–30 June 2022; "first at leader level"; NATO's own words, not the article's paraphrase. -------

select pg_temp.set_sources('2022-06-28-madrid-summit', $json$[
  ["OFFICIAL", "https://www.nato.int/cps/en/natohq/news_197287.htm?selectedLocale=en", "NATO leaders meet with key partners to address global challenges, Indo-Pacific partners participate in a NATO Summit for the first time", "NATO", "2022-06-29"],
  ["OFFICIAL", "https://ft.dk/samling/20211/almdel/NPA/bilag/29/2602614/index.htm", "Madrid Summit Declaration", "NATO", "2022-06-29"],
  ["NEWS", "https://www.aninews.in/news/world/europe/at-madrid-summit-nato-declares-china-a-security-threat20220629210311/", "[At Madrid summit, NATO declares China a security threat]", "ANI", "2022-06-29"],
  ["NEWS", "https://hromadske.ua/en/posts/natos-new-strategic-concept-russia-is-the-most-significant-and-direct-threat", "NATO's new strategic concept: Russia is the \"most significant and direct threat\"", "Hromadske", null],
  ["NEWS", "https://ukranews.com/en/news/865824-nato-leaders-officially-recognize-russia-as-their-strategic-threat", "[NATO leaders officially recognise Russia as their strategic threat]", "Ukrainian News", null],
  ["ANALYSIS", "https://www.usip.org/publications/2022/06/despite-ukraine-focus-asia-pacific-play-prominent-role-nato-summit", "[Despite Ukraine focus, Asia-Pacific to play prominent role at NATO summit]", "United States Institute of Peace", null],
  ["OPINION", "https://nation.com.pk/20-May-2023/nato-pivots-to-asia", "NATO pivots to Asia", "The Nation", "2023-05-20"]
]$json$);
update event set start_date = date '2022-06-29', end_date = date '2022-06-30',
    summary = 'The first NATO summit in which the leaders of the four Asia-Pacific partners (Japan, South Korea, '
        || 'Australia and New Zealand) took part, according to NATO; they had joined earlier NATO meetings at '
        || 'minister level. Allied leaders approved a Strategic Concept calling Russia "the most significant and '
        || 'direct threat" to Allies'' security (the 2010 concept had called it a strategic partner) and saying '
        || 'that the People''s Republic of China''s stated ambitions and coercive policies challenge Allies'' '
        || 'interests, security and values.'
where slug = '2022-06-28-madrid-summit';
select pg_temp.record_correction('2022-06-28-madrid-summit',
    'Corrected: the summit met on 29–30 June 2022, not from 28 June; "first" now reads "first at leader level"; '
        || 'the words "across Europe and beyond" were the opinion article''s paraphrase, not NATO''s, and are replaced '
        || 'by the Strategic Concept''s own. NATO texts and news reports added.');

-- 6. The proposal shared in mid-April 2023: attributed to Nikkei Asia, as relayed. ------------------------

select pg_temp.set_sources('2023-04-tokyo-liaison-office-proposal-shared', $json$[
  ["NEWS", "https://news.az/index.php/news/nato-to-open-its-1st-asian-office-in-japan", "NATO to open its 1st Asian office in Japan", "News.az", null],
  ["NEWS", "https://www.tellerreport.com/news/2023-05-05-tokyo-liaison--china-announced-the-danger-of-nato-s-expansion-into-the-asia-pacific-region.ByW8P3GfVh.html", "[Tokyo liaison: China warns of the danger of NATO's expansion into the Asia-Pacific]", "Teller Report", "2023-05-05"],
  ["OPINION", "https://nation.com.pk/20-May-2023/nato-pivots-to-asia", "NATO pivots to Asia", "The Nation", "2023-05-20"]
]$json$);
update event set summary = 'NATO circulated a draft proposal for a liaison office in Tokyo, its first in Asia, among its '
        || '31 members in mid-April 2023, according to Nikkei Asia as relayed by other sites (Nikkei cited a single '
        || 'unnamed source; NATO declined to discuss it). No official source was found.'
where slug = '2023-04-tokyo-liaison-office-proposal-shared';
select pg_temp.record_correction('2023-04-tokyo-liaison-office-proposal-shared',
    'The report is now attributed to Nikkei Asia, as relayed by News.az and Teller Report; no official source was found.');

-- 7. Nikkei's report of 3 May 2023, through Reuters. -------------------------------------------------------

select pg_temp.set_sources('2023-05-03-nikkei-reports-tokyo-liaison-office-plan', $json$[
  ["NEWS", "https://japantoday.com/category/politics/nato-to-open-japan-office-to-enable-indo-pacific-consultation-report", "[NATO to open Japan office to enable Indo-Pacific consultation: report]", "Reuters", null],
  ["NEWS", "https://bdnews24.com/world/cd39f39a60", "[NATO to open liaison office in Japan, Nikkei reports]", "Reuters", "2023-05-03"],
  ["NEWS", "https://www.straitstimes.com/asia/east-asia/china-urges-high-vigilance-over-nato-expansion-in-asia", "China urges high vigilance over NATO expansion in Asia", "The Straits Times", "2023-05-04"],
  ["OPINION", "https://nation.com.pk/20-May-2023/nato-pivots-to-asia", "NATO pivots to Asia", "The Nation", "2023-05-20"]
]$json$);
update event set summary = 'Nikkei Asia reported that NATO planned to open a liaison office in Tokyo, its first in Asia, '
        || 'in 2024, citing Japanese and NATO officials, according to Reuters. NATO spokesperson Oana Lungescu '
        || 'declined to discuss allies'' deliberations.'
where slug = '2023-05-03-nikkei-reports-tokyo-liaison-office-plan';
select pg_temp.record_correction('2023-05-03-nikkei-reports-tokyo-liaison-office-plan',
    'Sources added: Reuters'' report of Nikkei Asia''s story, with NATO''s response. The date is confirmed.');

-- 8. Mao Ning, 4 May 2023: the English is Reuters' translation; the ministry's Chinese wording is kept. ------

select pg_temp.set_sources('2023-05-04-china-criticises-tokyo-office-plan', $json$[
  ["OFFICIAL", "http://mna.net.cn/news/guoji/2023-05-05/441101_4.html", "2023年5月4日外交部发言人毛宁主持例行记者会", "mna.net.cn (mirror of Chinese Foreign Ministry transcripts)", "2023-05-04"],
  ["NEWS", "https://www.straitstimes.com/asia/east-asia/china-urges-high-vigilance-over-nato-expansion-in-asia", "China urges high vigilance over NATO expansion in Asia", "The Straits Times", "2023-05-04"],
  ["NEWS", "https://archives.lincolndailynews.com/2023/May/04/NEWS/news_al.shtml", "China urges 'high vigilance' over NATO expansion in Asia", "Reuters", "2023-05-04"],
  ["NEWS", "http://www.inkl.com/news/much-more-ambitious-australia-to-deepen-partnership-with-nato-as-it-opens-japan-office", "‘Much more ambitious’: Australia to deepen partnership with Nato as it opens Japan office", "The Guardian", null],
  ["OPINION", "https://nation.com.pk/20-May-2023/nato-pivots-to-asia", "NATO pivots to Asia", "The Nation", "2023-05-20"]
]$json$);
update event set summary = 'At her regular press conference, China''s Foreign Ministry spokesperson Mao Ning criticised the '
        || 'planned NATO liaison office in Tokyo, saying that NATO''s eastward expansion in the Asia-Pacific called for '
        || 'high vigilance from countries in the region (in Reuters'' translation; the Guardian translated the same '
        || 'remarks differently).'
where slug = '2023-05-04-china-criticises-tokyo-office-plan';
update event_statement set language = 'zh',
    original_text = '……势必破坏地区和平稳定……应引起地区国家高度警惕',
    paraphrase = 'The English wording is Reuters'' translation; the ministry''s Chinese transcript says NATO''s moves '
        || '"will inevitably undermine regional peace and stability" (the Guardian''s translation).'
where event_id = (select id from event where slug = '2023-05-04-china-criticises-tokyo-office-plan') and position = 0;
select pg_temp.record_correction('2023-05-04-china-criticises-tokyo-office-plan',
    'The English quote is now marked as Reuters'' translation and the ministry''s Chinese wording is kept beside it; '
        || 'the Chinese transcript, Reuters'' full report and the Guardian''s translation are added as sources.');

-- 9. The FT's report of Macron's opposition: published online on Monday 5 June 2023. ------------------------

select pg_temp.set_sources('2023-06-ft-reports-france-opposes-tokyo-office', $json$[
  ["NEWS", "https://japannews.yomiuri.co.jp/politics/politics-government/20230606-114527/", "[Macron opposes NATO liaison office in Japan, FT reports]", "Jiji Press", "2023-06-06"],
  ["ANALYSIS", "https://imdgeo.org/index.php/2023/06/09/otan-japon-france", "OTAN, Japon, France", "IMD Geo (imdgeo.org)", "2023-06-09"]
]$json$);
update event set start_date = date '2023-06-05', date_precision = 'DAY', date_qualifier = 'EXACT',
    summary = 'The Financial Times reported in its online edition on 5 June 2023 that President Emmanuel Macron '
        || 'opposed the proposed NATO liaison office in Tokyo, arguing that NATO should stay focused on the North '
        || 'Atlantic, according to Jiji Press. Opening an office needs the unanimous agreement of the North Atlantic '
        || 'Council.'
where slug = '2023-06-ft-reports-france-opposes-tokyo-office';
select pg_temp.record_correction('2023-06-ft-reports-france-opposes-tokyo-office',
    'Corrected: the Financial Times published the report on 5 June 2023 (per Jiji Press), not just "early June". '
        || 'Jiji''s report added as a source.');

-- 10. The Élysée official briefed reporters on Friday 7 July 2023; 9 July is when The Japan Times reported it.

select pg_temp.set_sources('2023-07-09-elysee-confirms-opposition-to-tokyo-office', $json$[
  ["NEWS", "https://www.japantimes.co.jp/news/2023/07/09/national/tokyo-nato-office/", "Tokyo NATO office", "The Japan Times", "2023-07-09"],
  ["NEWS", "https://newsonjapan.com/html/newsdesk/article/137936.php", "[France tells NATO it opposes a Tokyo office]", "News On Japan", "2023-07-09"]
]$json$);
update event set start_date = date '2023-07-07',
    summary = 'An unnamed official at the Élysée, the French president''s office, told reporters on 7 July 2023 that '
        || 'President Macron had informed NATO Secretary General Jens Stoltenberg of France''s opposition to the '
        || 'proposed NATO liaison office in Tokyo, The Japan Times reported on 9 July.'
where slug = '2023-07-09-elysee-confirms-opposition-to-tokyo-office';
select pg_temp.record_correction('2023-07-09-elysee-confirms-opposition-to-tokyo-office',
    'Corrected: the official briefed reporters on 7 July 2023; 9 July was the date of The Japan Times'' report. '
        || 'A second report added.');

-- 11. Vilnius: correct; official texts added. ------------------------------------------------------------------

select pg_temp.set_sources('2023-07-11-vilnius-summit', $json$[
  ["OFFICIAL", "https://japan.kantei.go.jp/101_kishida/diplomatic/202307/12ap4.html", "Japan-Australia-New Zealand-ROK Leaders’ Meeting (Summary)", "Prime Minister's Office of Japan", "2023-07-12"],
  ["OFFICIAL", "https://www.nato.int/cps/en/natohq/opinions_217104.htm", "Closing press conference by NATO Secretary General Jens Stoltenberg at the end of the 2023 NATO Summit in Vilnius", "NATO", "2023-07-12"],
  ["OFFICIAL", "https://china.usembassy-china.org.cn/vilnius-summit-communique-excerpts/", "[Vilnius Summit Communiqué, excerpts on the People's Republic of China]", "U.S. Embassy & Consulates in China", null],
  ["NEWS", "https://www.nippon.com/en/news/yjj2023071201192/nato-partners-agree-to-enhance-ties-with-asean-pacific-nations.html", "[NATO partners agree to enhance ties with ASEAN, Pacific nations]", "Jiji Press", "2023-07-12"],
  ["ANALYSIS", "https://trendsresearch.org/insight/vilnius-summit-2023-nato-stands-united-against-an-unpredictable-global-security-environment", "Vilnius Summit 2023: NATO stands united against an unpredictable global security environment", "TRENDS Research & Advisory", null],
  ["OPINION", "https://nation.com.pk/20-May-2023/nato-pivots-to-asia", "NATO pivots to Asia", "The Nation", "2023-05-20"]
]$json$);
update event set summary = 'NATO leaders met in Vilnius. The leaders of the four Asia-Pacific partners (Prime Minister '
        || 'Fumio Kishida, President Yoon Suk Yeol, Prime Minister Anthony Albanese and Prime Minister Chris Hipkins) '
        || 'attended and met as a group during the summit, according to Japan''s Prime Minister''s Office.'
where slug = '2023-07-11-vilnius-summit';
select pg_temp.record_correction('2023-07-11-vilnius-summit',
    'Sources added: Japan''s summary of the four partners'' meeting, NATO''s closing press conference, the '
        || 'communiqué''s paragraphs on China and Jiji''s report. The leaders present are named.');

-- 12. The NATO–Japan ITPP: "16 areas" is Kyodo's count, not seen in the official text. ------------------------

select pg_temp.set_sources('2023-07-12-nato-japan-itpp-agreed', $json$[
  ["OFFICIAL", "https://www.nato.int/cps/en/natolive/official_texts_217797.htm", "Individually Tailored Partnership Programme between NATO and Japan for 2023–2026", "NATO", "2023-07-12"],
  ["OFFICIAL", "https://www.nato.int/cps/en/natohq/news_217062.htm", "NATO Secretary General: no partner is closer than Japan", "NATO", "2023-07-12"],
  ["OFFICIAL", "https://www.mofa.go.jp/page7e_000024.html", "North Atlantic Treaty Organization (NATO)", "Ministry of Foreign Affairs of Japan", "2023-07-12"],
  ["NEWS", "https://www.daily-sun.com/printversion/details/699757/Japan-NATO-lay-out-areas-of-cooperation-under-new-programme", "Japan, NATO lay out areas of cooperation under new programme", "Kyodo News", null],
  ["NEWS", "https://japantimes.co.jp/news/2023/07/12/national/politics-diplomacy/japan-nato-new-cooperation-agreement", "[Japan and NATO agree new cooperation programme]", "The Japan Times", "2023-07-12"],
  ["OPINION", "https://nation.com.pk/20-May-2023/nato-pivots-to-asia", "NATO pivots to Asia", "The Nation", "2023-05-20"]
]$json$);
update event set summary = 'NATO and Japan agreed an Individually Tailored Partnership Programme for 2023–2026. NATO '
        || 'said it covers arms control, new technologies, space, supply chains, resilience and innovation; Kyodo '
        || 'News reported 16 areas of cooperation, including maritime security, outer space, cyberspace and '
        || 'countering disinformation.'
where slug = '2023-07-12-nato-japan-itpp-agreed';
select pg_temp.record_correction('2023-07-12-nato-japan-itpp-agreed',
    'Corrected: "16 areas" is Kyodo News'' count and is now attributed to it; NATO''s own list of areas is added. '
        || 'Japan''s Foreign Ministry, NATO''s news release and news reports added as sources.');

-- 13. Macron at Vilnius: Reuters instead of the Sputnik copy; the French original kept. ----------------------

select pg_temp.set_sources('2023-07-12-macron-opposes-tokyo-office-at-vilnius', $json$[
  ["NEWS", "https://www.channelnewsasia.com/world/nato-leaders-send-mixed-messages-japan-office-controversy-3624476?cid=cna_flip_070214", "[NATO leaders send mixed messages on Japan office controversy]", "Reuters", null],
  ["NEWS", "https://www.devdiscourse.com/article/technology/2520854-issue-of-nato-japan-office-still-on-table--stoltenberg", "Issue of NATO Japan office \"still on table\" -Stoltenberg", "Reuters", "2023-07-12"],
  ["NEWS", "https://lecourrier.vn/sommet-de-lotan-macron-confirme-son-opposition-a-la-creation-dun-bureau-de-liaison-au-japon/1184060.html", "[Sommet de l'OTAN : Macron confirme son opposition à la création d'un bureau de liaison au Japon]", "Le Courrier du Vietnam", null],
  ["NEWS", "https://www.urdupoint.com/en/world/frances-macron-opposes-opening-nato-office-i-1722557.html", "France's Macron opposes opening NATO office in Japan", "UrduPoint", "2023-07-12"]
]$json$);
update event set summary = 'At his press conference at the end of the Vilnius Summit, President Emmanuel Macron said he '
        || 'opposed the proposed NATO liaison office in Tokyo. NATO Secretary General Jens Stoltenberg said the issue '
        || 'was "still on the table", according to Reuters. According to Sputnik (via UrduPoint), the proposal was '
        || 'not included in the summit communiqué.'
where slug = '2023-07-12-macron-opposes-tokyo-office-at-vilnius';
update event_statement set quote = 'Whatever one says, geography is stubborn: the Indo-Pacific isn''t the North Atlantic,',
    language = 'fr',
    original_text = 'la géographie est têtue, l''Indo-Pacifique n''est pas l''Atlentique-Nord [sic, as published by Le Courrier du Vietnam]',
    source_url = 'https://www.channelnewsasia.com/world/nato-leaders-send-mixed-messages-japan-office-controversy-3624476?cid=cna_flip_070214'
where event_id = (select id from event where slug = '2023-07-12-macron-opposes-tokyo-office-at-vilnius') and position = 0;
select pg_temp.record_correction('2023-07-12-macron-opposes-tokyo-office-at-vilnius',
    'Macron spoke French: the quote is now Reuters'' English translation, with the French wording beside it, and '
        || 'Reuters replaces the Sputnik copy as the main source. That the proposal was left out of the communiqué '
        || 'is attributed to Sputnik, its only source.');

-- 14. The Danish ambassador: the characterisation is the article's, not a quote. ------------------------------

select pg_temp.set_sources('2023-danish-ambassador-on-aim-of-tokyo-office', $json$[
  ["OPINION", "https://nation.com.pk/20-May-2023/nato-pivots-to-asia", "NATO pivots to Asia", "The Nation", "2023-05-20"]
]$json$);
update event_statement set
    paraphrase = 'According to the "NATO pivots to Asia" article, the ambassador said the Tokyo liaison office aims '
        || 'to counter China''s growing economic influence.',
    source_url = 'https://nation.com.pk/20-May-2023/nato-pivots-to-asia'
where event_id = (select id from event where slug = '2023-danish-ambassador-on-aim-of-tokyo-office') and position = 0;
select pg_temp.record_correction('2023-danish-ambassador-on-aim-of-tokyo-office',
    'The ambassador''s words are the opinion article''s paraphrase (no direct quote was found) and are now attributed '
        || 'to it; the article is cited at its public address.');

-- Storylines whose description repeated a corrected fact --------------------------------------------------------

update development set description = 'A partnership programme between NATO and Japan for 2023–2026, agreed on 12 July '
        || '2023. NATO lists arms control, new technologies, space, supply chains, resilience and innovation among '
        || 'its areas; Kyodo News reported 16 areas of cooperation.',
    updated_at = now(), version = version + 1
where slug = 'nato-japan-itpp';
update development set description = 'Relations between NATO and China since the end of the Cold War, including crises '
        || 'such as the 1999 bombing of the Chinese embassy in Belgrade, cooperation such as anti-piracy coordination '
        || 'in the Gulf of Aden, and high-level meetings between 2020 and 2022.',
    updated_at = now(), version = version + 1
where slug = 'nato-china-relations';
insert into revision (made_at, username, action, change_note)
values (now(), 'system', 'EDITED', 'Descriptions corrected with the seed events: "16 areas" attributed to Kyodo News; '
        || 'the halt in NATO–China dialogue after 2017 was an opinion article''s claim.');
insert into development_aud (id, rev, revtype, slug, title, description, status, created_at, updated_at, version)
select id, (select max(id) from revision), 1, slug, title, description, status, created_at, updated_at, version
from development where slug in ('nato-japan-itpp', 'nato-china-relations');

-- The print edition's name is no longer cited: the article is cited at The Nation's address.
delete from publisher p where p.name = 'Nawaiwaqt (ePaper)'
    and not exists (select 1 from event_source s where s.publisher_id = p.id);

-- Each corrected event changed in several steps above; the change log keeps one entry for it, the last.
delete from event_change c
where c.txid = pg_current_xact_id() and c.kind = 'UPDATED'
  and exists (select 1 from event_change d where d.txid = c.txid and d.event_id = c.event_id and d.id > c.id);

drop function pg_temp.set_sources(text, jsonb);
drop function pg_temp.record_correction(text, text);
