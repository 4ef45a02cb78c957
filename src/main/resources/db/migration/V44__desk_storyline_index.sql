-- The desk lists events of every state newest change first, and can narrow the list to one storyline. Its
-- only ordered index was event_recently_updated_idx (updated_at, id), so a storyline of a few events walked
-- every event newest change first, testing each one's storyline: 7.3 s at a million events for a storyline of
-- 7 (EXPLAIN ANALYZE). event_development_idx does not help: it covers published events by sort date. This one
-- leads with the storyline, for drafts and published events alike, in the list's order.
create index event_development_recently_updated_idx on event (development_id, updated_at, id);

-- Every public list joins an event's translation in the reader's language (tr.lang = :lang). For English, the
-- original, no row matches, and the planner, sure of that, reads "all rows of language 'en'" once and keeps
-- them; the primary key (event_id, lang) cannot find a language, so that read walked the whole key: 57 ms a
-- timeline page with a million Japanese translations, ten pages for the calendar's 1 000 events. Led by the
-- language, the same read finds nothing at once (0.5 ms a page).
create index event_translation_lang_idx on event_translation (lang, event_id);
