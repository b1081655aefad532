-- Topics kept tidy on the desk: a name and a description in English (name) and in Bahasa Indonesia
-- (name_id), a rename that keeps the old address leading to the new one, a merge that keeps the merged
-- topic's address leading to the topic kept, and every change in the history.
alter table topic add column name_id varchar(120) check (name_id is null or length(trim(name_id)) > 0);
alter table topic add column description text check (description is null or length(trim(description)) between 1 and 2000);
alter table topic add column description_id text check (description_id is null or length(trim(description_id)) between 1 and 2000);
alter table topic add column merged_into bigint references topic (id) check (merged_into <> id);
create index topic_merged_into_idx on topic (merged_into) where merged_into is not null;

-- the addresses a topic had before it was renamed, each answered with a permanent redirect
create table topic_former_slug (
    slug     varchar(120) primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    topic_id bigint       not null references topic (id) on delete cascade
);
create index topic_former_slug_topic_idx on topic_former_slug (topic_id);

create table topic_aud (
    id             bigint   not null,
    rev            integer  not null references revinfo (rev),
    revtype        smallint,
    slug           varchar(120),
    name           varchar(120),
    name_id        varchar(120),
    description    text,
    description_id text,
    merged_into    bigint,
    primary key (id, rev)
);
