-- Site search (issue 17): full-text search configurations. unaccent is a trusted extension
-- (PostgreSQL 13+), shipped with the embedded server and the official images. ppsm_french
-- removes accents and then stems in French, so "rapatries", "Rapatriés" and "rapatrié" are
-- one lexeme; ppsm_english does the same with English stemming for the English versions.
create extension if not exists unaccent;

create text search configuration ppsm_french (copy = french);
alter text search configuration ppsm_french
    alter mapping for hword, hword_part, word with unaccent, french_stem;

create text search configuration ppsm_english (copy = english);
alter text search configuration ppsm_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;
