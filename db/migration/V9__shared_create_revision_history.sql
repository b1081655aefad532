-- Hibernate Envers: every change to claims, appearances, sources and verdicts, with who and when.
create sequence revinfo_seq start with 1 increment by 50;

create table revinfo (
    rev       integer primary key,
    revtstmp  bigint       not null,
    user_id   bigint,
    user_name varchar(200)
);

create table claim_aud (
    id                   bigint   not null,
    rev                  integer  not null references revinfo (rev),
    revtype              smallint,
    speaker_id           bigint,
    rating_scale_id      bigint,
    text                 text,
    language             varchar(10),
    translation          text,
    translation_language varchar(10),
    summary              varchar(75),
    said_on              date,
    date_precision       varchar(10),
    said_where           varchar(300),
    status               varchar(20),
    slug                 varchar(120),
    published_at         timestamptz,
    created_by           bigint,
    primary key (id, rev)
);

create table claim_topic_aud (
    rev      integer  not null references revinfo (rev),
    revtype  smallint,
    claim_id bigint   not null,
    topic_id bigint   not null,
    primary key (rev, claim_id, topic_id)
);

create table appearance_aud (
    id           bigint   not null,
    rev          integer  not null references revinfo (rev),
    revtype      smallint,
    claim_id     bigint,
    article_id   bigint,
    quote        text,
    quote_prefix varchar(300),
    quote_suffix varchar(300),
    quote_kind   varchar(12),
    primary key (id, rev)
);

-- no primary key: one revision may remove and add a link at the same position
create table appearance_attribution_aud (
    rev           integer  not null references revinfo (rev),
    revtype       smallint,
    appearance_id bigint   not null,
    position      integer  not null,
    name          varchar(300),
    url           varchar(2000)
);
create index appearance_attribution_aud_idx on appearance_attribution_aud (appearance_id, rev);

create table source_aud (
    id           bigint   not null,
    rev          integer  not null references revinfo (rev),
    revtype      smallint,
    claim_id     bigint,
    position     integer,
    url          varchar(2000),
    title        varchar(500),
    publisher    varchar(200),
    published_on date,
    kind         varchar(30),
    stance       varchar(20),
    excerpt      text,
    archive_url  varchar(2000),
    accessed_at  timestamptz,
    primary key (id, rev)
);
create index source_aud_claim_idx on source_aud (claim_id);

create table verdict_aud (
    id                bigint   not null,
    rev               integer  not null references revinfo (rev),
    revtype           smallint,
    claim_id          bigint,
    rating_scale_id   bigint,
    rating_id         bigint,
    summary           varchar(300),
    rationale         text,
    status            varchar(20),
    author_id         bigint,
    reviewer_id       bigint,
    review_comment    text,
    published_at      timestamptz,
    supersedes_id     bigint,
    correction_reason text,
    primary key (id, rev)
);
create index verdict_aud_claim_idx on verdict_aud (claim_id);
create index appearance_aud_claim_idx on appearance_aud (claim_id);
