-- Search in Japanese and Korean. The english text-search configuration cannot split words written without
-- spaces, and Japanese words are often two characters long (東京, 日本, 協力): PostgreSQL's pg_trgm, which the
-- embedded PostgreSQL ships, indexes three-character grams, so a two-character word cannot use its index and a
-- search for it reads every row. Character bigrams can: a text's bigrams are every two neighbouring CJK
-- characters (a lone character stands for itself), and a text holds a word only if it holds all the word's
-- bigrams, which a GIN index answers (@>). The candidates are checked with LIKE for the exact sequence.
-- No extension is needed, so an external PostgreSQL without contrib serves it too.

-- Hiragana, Katakana, CJK ideographs (with extension A and compatibility), Hangul syllables and jamo,
-- half-width Katakana; other text is left to the english configuration.
create function cjk_bigrams(content text) returns text[]
language sql immutable parallel safe as $$
    select coalesce(array_agg(distinct substr(run.text, i, 2)), '{}')
    from regexp_matches(coalesce(content, ''),
             '[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\uff66-\uff9f]+',
             'g') as m (parts)
    cross join lateral (select m.parts[1] as text) run
    cross join lateral generate_series(1, greatest(length(run.text) - 1, 1)) as i
$$;

-- The translated text of an event, and what was said in the original language with its translation.
alter table event_translation add column search_grams text[]
    generated always as (cjk_bigrams(title || ' ' || summary || ' ' || coalesce(body, ''))) stored;
create index event_translation_grams_idx on event_translation using gin (search_grams);

alter table event_statement add column search_grams text[]
    generated always as (cjk_bigrams(coalesce(quote, '') || ' ' || coalesce(paraphrase, '') || ' '
                                     || coalesce(original_text, ''))) stored;
create index event_statement_grams_idx on event_statement using gin (search_grams) where search_grams <> '{}';
