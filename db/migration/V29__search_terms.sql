-- One term of a reader's query (a word, or a phrase in quotes) in English, Indonesian and word for word at
-- once. Search joins the terms with "and" and "or" as the reader did: 'utang' & 'luar' & ('negeri' | 'neger')
-- rather than one whole query per language joined by "or", which the full-text index answers several times
-- slower (it cannot tell which words every match must hold). A word that English or Indonesian drops as
-- too common ("the", "of") asks nothing, as in that language's query; a phrase in quotes is always kept.
-- One expression, stable like unaccent(): PostgreSQL inlines it into the search statement.
-- f_unaccent as a query needs it: stable, so that PostgreSQL inlines it (f_unaccent is declared immutable
-- for the indexes, and a body less immutable than its declaration is parsed and planned at every call).
create or replace function f_search_unaccent(text) returns text
    language sql stable parallel safe
as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create or replace function f_search_term(text, boolean) returns tsquery
    language sql stable parallel safe
as $$
select case
           -- the language's own empty query: an empty literal here would be parsed, with a notice, at every call
           when not $2 and numnode(websearch_to_tsquery('english', f_search_unaccent($1))) = 0
               then websearch_to_tsquery('english', f_search_unaccent($1))
           when not $2 and numnode(websearch_to_tsquery('indonesian', f_search_unaccent($1))) = 0
               then websearch_to_tsquery('indonesian', f_search_unaccent($1))
           else websearch_to_tsquery('simple', f_search_unaccent($1))
                || websearch_to_tsquery('english', f_search_unaccent($1))
                || websearch_to_tsquery('indonesian', f_search_unaccent($1))
       end
$$;
