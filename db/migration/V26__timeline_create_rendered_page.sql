-- Rendered public pages kept in the database, shared by every instance and surviving restarts: a new
-- instance serves the pages others (or the prerenderer) rendered instead of rendering each on its first
-- reader. A row is the page for one language and path as rendered by one build ("generation": a digest
-- of the templates, messages and classes), with what it shows ('claim:<id>', 'speaker:<slug>',
-- 'topic:<slug>', as in public_content_change). A change deletes the rows it reaches in its own
-- transaction; a page is written only if no change reached it since it was rendered.
create table rendered_page (
    generation    text        not null,
    key           text        not null,
    scopes        text[]      not null,
    etag          text        not null,
    content_type  text        not null,
    last_modified timestamptz not null,
    -- raw deflate data, with the CRC-32 and length of the page it inflates to
    body          bytea       not null,
    crc           integer     not null,
    length        integer     not null,
    rendered_at   timestamptz not null default now(),
    primary key (generation, key)
);

-- the body is compressed already
alter table rendered_page alter column body set storage external;

create index rendered_page_scopes_idx on rendered_page using gin (scopes);
