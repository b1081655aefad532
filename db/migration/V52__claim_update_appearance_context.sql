-- The words before and after a proposed appearance's quote, as an import gives them, kept until the update
-- is published and the appearance recorded with them (null: taken from the article's stored text then).
alter table claim_update_appearance add column quote_prefix varchar(300);
alter table claim_update_appearance add column quote_suffix varchar(300);
