-- Each actor's Wikidata item, so that data users can join the tracker's actors to other datasets without
-- matching names. Shown as a link on the actor's page and given in the API.
alter table actor add column wikidata_id varchar(16)
    constraint actor_wikidata_id_format check (wikidata_id ~ '^Q[1-9][0-9]*$');

-- Renaming or re-identifying an actor is a change events show; this one is added data, not a rename, and the
-- V20 trigger fires only on code and name.
update actor a set wikidata_id = v.qid
from (values
    ('NATO', 'Q7184'),
    ('JP',   'Q17'),
    ('KR',   'Q884'),
    ('AU',   'Q408'),
    ('NZ',   'Q664'),
    ('CN',   'Q148'),
    ('US',   'Q30'),
    ('FR',   'Q142'),
    ('DK',   'Q35'),
    ('LT',   'Q37'),
    ('RU',   'Q159')
) as v (code, qid)
where a.code = v.code;
