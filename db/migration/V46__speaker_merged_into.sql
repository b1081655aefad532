-- A speaker merged into another stays as a record (claims' history names them) but is no longer listed or
-- matched; their public page redirects to the speaker kept.
alter table speaker add column merged_into bigint references speaker (id) check (merged_into <> id);
alter table speaker_aud add column merged_into bigint;
create index speaker_merged_into_idx on speaker (merged_into) where merged_into is not null;
