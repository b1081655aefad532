-- When a query matches a large part of the archive, ranking every match would read every matching
-- document; search ranks the most recently published matches instead, found through this column.
alter table search_document add column published_at timestamptz;

update search_document d
set published_at = coalesce(c.published_at, c.created_at)
from claim c
where c.id = d.claim_id;

alter table search_document alter column published_at set not null;
create index search_document_published_idx on search_document (published_at desc);

-- only what readers may find is indexed: documents of unpublished claims go
delete from search_document d using claim c where c.id = d.claim_id and c.status <> 'PUBLISHED';
