-- Full-text search over published claims: accent-insensitive, stemmed by the language of each text.
create extension if not exists unaccent;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it safe to
-- use in indexed expressions.
create or replace function f_unaccent(text) returns text
    language sql immutable parallel safe strict
as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The text search configuration for a language tag: stemming where we know the language, none otherwise.
create or replace function f_search_config(varchar) returns regconfig
    language sql immutable parallel safe
as $$ select case split_part(coalesce($1, ''), '-', 1)
                 when 'id' then 'indonesian'::regconfig
                 when 'en' then 'english'::regconfig
                 else 'simple'::regconfig end $$;

-- Stemmed in the text's own language and also word for word ('simple'), so names and exact words match.
create or replace function f_search_vector(varchar, text, "char") returns tsvector
    language sql immutable parallel safe
as $$ select setweight(to_tsvector(f_search_config($1), f_unaccent(coalesce($2, ''))), $3)
          || setweight(to_tsvector('simple', f_unaccent(coalesce($2, ''))), $3) $$;

-- Editorial text (summaries, rationales) carries no language tag: index it in both newsroom languages.
create or replace function f_search_vector_editorial(text, "char") returns tsvector
    language sql immutable parallel safe
as $$ select setweight(to_tsvector('english', f_unaccent(coalesce($1, ''))), $2)
          || setweight(to_tsvector('indonesian', f_unaccent(coalesce($1, ''))), $2)
          || setweight(to_tsvector('simple', f_unaccent(coalesce($1, ''))), $2) $$;

-- The document of one claim: summary and speaker (A), the words as said and translated (B),
-- the quotes in the articles (C), the current published verdict (C/D). Drafts of verdicts never enter.
create or replace function search_document_of(bigint) returns tsvector
    language sql stable parallel safe
as $$
select f_search_vector_editorial(c.summary, 'A')
    || setweight(to_tsvector('simple', f_unaccent(s.name || ' ' || coalesce(
           (select string_agg(alias, ' ') from speaker_alias where speaker_id = s.id), ''))), 'A')
    || f_search_vector(c.language, c.text, 'B')
    || f_search_vector(c.translation_language, c.translation, 'B')
    || coalesce((select f_search_vector(c.language, string_agg(a.quote, ' '), 'C')
                 from appearance a where a.claim_id = c.id), ''::tsvector)
    || coalesce((select f_search_vector_editorial(v.summary, 'C') || f_search_vector_editorial(v.rationale, 'D')
                 from verdict v where v.claim_id = c.id and v.status = 'PUBLISHED'), ''::tsvector)
from claim c
join speaker s on s.id = c.speaker_id
where c.id = $1
$$;

create table search_document (
    claim_id   bigint      primary key references claim (id) on delete cascade,
    document   tsvector    not null,
    updated_at timestamptz not null default now()
);
create index search_document_document_idx on search_document using gin (document);

insert into search_document (claim_id, document)
select id, search_document_of(id) from claim;
