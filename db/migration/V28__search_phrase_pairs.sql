-- A phrase ("harga beras", a hyphenated word, "don't") matches only documents that hold its words side by
-- side. The full-text index knows which documents hold the words, not where: every document holding both
-- words had to be read and checked (for two common words that rarely stand together, most of the archive).
-- The pairs of lexemes that stand next to each other in a document ('harga beras'), indexed as well, let
-- the index alone find the documents where a phrase can match.

-- Built from the stored document itself, whose positions are those the phrase match reads: a document
-- matches 'a' <-> 'b' only if it holds the pair 'a b'. Lexemes without positions make no pairs.
create or replace function f_search_pairs(tsvector) returns tsvector
    language sql immutable parallel safe strict
as $$
select coalesce(array_to_tsvector(array_agg(distinct first.lexeme || ' ' || second.lexeme)), ''::tsvector)
from (select lexeme, unnest(positions) as position from unnest($1)) as first
join (select lexeme, unnest(positions) as position from unnest($1)) as second
  on second.position = first.position + 1
$$;

-- The pairs are computed when a document is written, kept only in the index (a stored column would
-- double the table), and found in the same index scan as the words and the week of publication.
create index search_document_search_idx on search_document
    using gin (document, published_week, f_search_pairs(document));

drop index search_document_recent_idx;
