-- Speakers kept tidy on the desk: a role's organisation, and every change to a speaker in the history.
alter table speaker_role add column organisation varchar(200) check (organisation is null or length(trim(organisation)) > 0);

create table speaker_aud (
    id          bigint   not null,
    rev         integer  not null references revinfo (rev),
    revtype     smallint,
    kind        varchar(20),
    name        varchar(200),
    slug        varchar(200),
    description text,
    role        varchar(300),
    wikidata_id varchar(20),
    primary key (id, rev)
);

create table speaker_alias_aud (
    rev        integer      not null references revinfo (rev),
    revtype    smallint,
    speaker_id bigint       not null,
    alias      varchar(200) not null,
    primary key (rev, speaker_id, alias)
);

create table speaker_role_aud (
    id           bigint   not null,
    rev          integer  not null references revinfo (rev),
    revtype      smallint,
    speaker_id   bigint,
    title        varchar(300),
    organisation varchar(200),
    started_on   date,
    ended_on     date,
    primary key (id, rev)
);
create index speaker_role_aud_speaker_idx on speaker_role_aud (speaker_id);
