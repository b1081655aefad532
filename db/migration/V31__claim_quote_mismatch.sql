-- A direct quote its article's stored text does not hold: why it stands (an editor's confirmation with a
-- note, a later change of the article's text, a CSV import) and since when. Not audited: the desk lists
-- these and shows the warning on the claim, the history keeps the editorial changes.
alter table appearance
    add column quote_mismatch       varchar(20)   check (quote_mismatch in ('CONFIRMED', 'ARTICLE_CHANGED', 'IMPORTED')),
    add column quote_mismatch_note  varchar(1000) check (length(trim(quote_mismatch_note)) > 0),
    add column quote_mismatch_since timestamptz,
    add constraint appearance_quote_mismatch_confirmed_check
        check (quote_mismatch is distinct from 'CONFIRMED' or quote_mismatch_note is not null),
    add constraint appearance_quote_mismatch_since_check
        check ((quote_mismatch is null) = (quote_mismatch_since is null));

create index appearance_quote_mismatch_idx on appearance (quote_mismatch_since desc) where quote_mismatch is not null;
