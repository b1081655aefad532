-- Hibernate Envers: every change to an article's record (its address, title, outlet, authors, dates and text).
create table article_aud (
    id             bigint   not null,
    rev            integer  not null references revinfo (rev),
    revtype        smallint,
    url            varchar(2000),
    normalized_url varchar(2000),
    title          varchar(500),
    outlet         varchar(200),
    authors        text[],
    editor         varchar(200),
    language       varchar(10),
    published_at   timestamptz,
    retrieved_at   timestamptz,
    body           text,
    body_sha256    varchar(64),
    created_by     bigint,
    primary key (id, rev)
);
