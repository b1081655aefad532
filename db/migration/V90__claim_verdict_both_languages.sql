-- Fact-checks written in both languages. A claim's headline (summary) and a verdict's conclusion (summary)
-- and rationale are kept in English in their existing columns, as the desk wrote them until now, and in
-- Bahasa Indonesia in the new *_id columns (as topic.name_id). Either may be written first: a published
-- claim needs a headline in one language at least, a verdict a conclusion and a rationale.

create function pg_temp.drop_check(tbl regclass, definition_like text) returns void language plpgsql as $$
declare
    name text;
begin
    for name in select conname from pg_constraint
                where conrelid = tbl and contype = 'c' and pg_get_constraintdef(oid) like definition_like loop
        execute format('alter table %s drop constraint %I', tbl, name);
    end loop;
end $$;

alter table claim add column summary_id varchar(75) check (summary_id is null or length(trim(summary_id)) > 0);
select pg_temp.drop_check('claim', '%summary IS NOT NULL%');
alter table claim add constraint claim_published_has_summary
    check (status <> 'PUBLISHED' or (published_at is not null and coalesce(summary, summary_id) is not null));
alter table claim_aud add column summary_id varchar(75);

alter table verdict add column summary_id varchar(300) check (summary_id is null or length(trim(summary_id)) > 0);
alter table verdict add column rationale_id text check (rationale_id is null or length(trim(rationale_id)) > 0);
alter table verdict alter column summary drop not null;
alter table verdict alter column rationale drop not null;
alter table verdict add constraint verdict_has_summary check (coalesce(summary, summary_id) is not null);
alter table verdict add constraint verdict_has_rationale check (coalesce(rationale, rationale_id) is not null);
alter table verdict_aud add column summary_id varchar(300);
alter table verdict_aud add column rationale_id text;

-- an update of a published claim proposes both headlines
alter table claim_update add column summary_id varchar(75) check (summary_id is null or length(trim(summary_id)) > 0);
alter table claim_update alter column summary drop not null;
alter table claim_update add constraint claim_update_has_summary check (coalesce(summary, summary_id) is not null);

-- a retraction notice keeps what readers were shown, in both languages
alter table claim_retraction add column summary_id varchar(75);
alter table claim_retraction add column verdict_summary_id varchar(300);
alter table claim_retraction alter column summary drop not null;

-- Search reads both languages' headline, conclusion and rationale, each stemmed in both newsroom languages as
-- before (a text typed in the other language's field is still found); the documents held are unchanged, since
-- no Indonesian text exists yet.
create or replace function search_document_of(bigint) returns tsvector
    language sql stable parallel safe
as $$
select f_search_vector_editorial(c.summary, 'A')
    || f_search_vector_editorial(c.summary_id, 'A')
    || setweight(to_tsvector('simple', f_unaccent(s.name || ' ' || coalesce(
           (select string_agg(alias, ' ') from speaker_alias where speaker_id = s.id), ''))), 'A')
    || f_search_vector(c.language, c.text, 'B')
    || f_search_vector(c.translation_language, c.translation, 'B')
    || coalesce((select f_search_vector(c.language, string_agg(a.quote, ' '), 'C')
                 from appearance a where a.claim_id = c.id), ''::tsvector)
    || coalesce((select f_search_vector_editorial(v.summary, 'C') || f_search_vector_editorial(v.summary_id, 'C')
                        || f_search_vector_editorial(v.rationale, 'D')
                        || f_search_vector_editorial(v.rationale_id, 'D')
                 from verdict v where v.claim_id = c.id and v.status = 'PUBLISHED'), ''::tsvector)
from claim c
join speaker s on s.id = c.speaker_id
where c.id = $1
$$;
