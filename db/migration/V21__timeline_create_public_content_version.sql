-- One counter for everything readers see. Publishing, correcting or editing anything public bumps it in
-- the same transaction; every instance compares its rendered-page cache against it before serving.
create table public_content_version (
    id         integer     primary key check (id = 1),
    version    bigint      not null,
    changed_at timestamptz not null
);
insert into public_content_version (id, version, changed_at) values (1, 1, now());
