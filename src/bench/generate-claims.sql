-- Adds published claims bench-claim-:from .. bench-claim-:to, each with a speaker (1,000 in all),
-- an article (one per ten claims), an appearance, a topic, a source and a published verdict.
-- Used by bench/csv-benchmark.sh; psql -v from=1 -v to=100000 -f bench/generate-claims.sql
\set ON_ERROR_STOP on
insert into speaker (kind, name, slug, role)
select 'PERSON', 'Bench Speaker ' || g, 'bench-speaker-' || g, 'Bench role ' || g
from generate_series(1, 1000) g
on conflict (slug) do nothing;

insert into topic (slug, name)
select 'bench-topic-' || g, 'Bench topic ' || g
from generate_series(1, 50) g
on conflict (slug) do nothing;

insert into article (url, normalized_url, title, outlet, language, published_at)
select 'https://bench.example/a/' || g, 'https://bench.example/a/' || g, 'Bench article, "quoted" ' || g,
       'Bench Outlet', 'id', timestamptz '2022-01-01 00:00:00+00' + g * interval '1 minute'
from generate_series(:from / 10, :to / 10) g
on conflict (normalized_url) do nothing;

with refs as (
    select (select min(id) from speaker where slug like 'bench-speaker-%') as speaker0,
           (select min(id) from topic where slug like 'bench-topic-%') as topic0,
           (select id from rating_scale where slug = 'default') as scale,
           (select array_agg(r.id order by r.position) from rating r join rating_scale s on s.id = r.scale_id
             where s.slug = 'default') as ratings,
           (select min(id) from app_user) as author,
           (select max(id) from app_user) as reviewer
), c as (
    insert into claim (speaker_id, rating_scale_id, text, language, translation, translation_language, summary,
                       said_on, date_precision, said_where, status, slug, published_at)
    select refs.speaker0 + g % 1000, refs.scale,
           'Pernyataan nomor ' || g || ', dengan "kutipan" dan koma, tentang Donbas dan Korea Utara.', 'id',
           'Statement number ' || g || ' about Donbas and North Korea.', 'en', 'Bench claim ' || g,
           date '2020-01-01' + g % 1000, 'DAY', 'at a briefing', 'PUBLISHED', 'bench-claim-' || g, now()
    from refs, generate_series(:from, :to) g
    returning id, substring(slug from 13)::int as g
), ap as (
    insert into appearance (claim_id, article_id, quote, quote_kind)
    select c.id, a.id, 'kutipan nomor ' || c.g, 'DIRECT'
    from c join article a on a.normalized_url = 'https://bench.example/a/' || (c.g / 10)
    returning 1
), ct as (
    insert into claim_topic (claim_id, topic_id)
    select c.id, refs.topic0 + c.g % 50 from c, refs
    returning 1
), so as (
    insert into source (claim_id, position, url, title, publisher, kind, stance)
    select c.id, 0, 'https://bench.example/s/' || c.g, 'Source ' || c.g, 'Bench Publisher', 'NEWS_REPORT', 'CONTEXT'
    from c
    returning 1
), v as (
    insert into verdict (claim_id, rating_scale_id, rating_id, summary, rationale, status, author_id, reviewer_id,
                         published_at)
    select c.id, refs.scale, refs.ratings[1 + c.g % 7], 'Verdict on claim ' || c.g, 'Rationale ' || c.g,
           'PUBLISHED', refs.author, refs.reviewer, now()
    from c, refs
    returning 1
)
select (select count(*) from c) as claims, (select count(*) from ap) as appearances, (select count(*) from v) as verdicts;
analyze speaker; analyze topic; analyze article; analyze claim; analyze claim_topic; analyze appearance; analyze source; analyze verdict;
