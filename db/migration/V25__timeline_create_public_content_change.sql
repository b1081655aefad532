-- What each version of the public content changed, as the pages that may show it: 'claim:<id>',
-- 'speaker:<slug>', 'topic:<slug>', or '*' for everything. An instance reads the rows after the version it
-- last saw and drops only the rendered pages that depend on them; a publication no longer empties every
-- instance's cache. Old rows are pruned; an instance that finds a gap treats it as '*'.
create table public_content_change (
    version bigint not null,
    scope   text   not null,
    primary key (version, scope)
);
