-- Generates a large published dataset for the benchmark: :claims claims (default 100000) with one
-- appearance, three sources and one published verdict each, in Indonesian and English, realistic lengths.
-- Run against a database migrated by Factline (Flyway) and holding no editorial data.
\set ON_ERROR_STOP on
\if :{?claims}
\else
  \set claims 100000
\endif

begin;

-- Words drawn with a Zipf-like law (the word at rank k about 1/k as often as the first), as in real text:
-- a few common words everywhere, most words rare. Ranks beyond the real words of a lexicon are made-up
-- words of Indonesian-looking syllables, computed from the rank (6,000 words in all per language).
create function pg_temp.words(lexicon text[], n int) returns text language sql volatile as $$
    select string_agg(case when w.k <= array_length(lexicon, 1) then lexicon[w.k]
                           else syl.s[1 + w.k % 49] || syl.s[1 + (w.k / 49) % 49] || syl.s[1 + (w.k / 2401) % 49]
                                || (array['', 'n', 'an', 'kan', 'ng', 'r', 's'])[1 + w.k % 7] end, ' ')
    from (select floor(exp(random() * ln(6000)))::int as k from generate_series(1, greatest(n, 1))) w,
         (select string_to_array('ba ka la ma na pa ra sa ta da ga ja be ke le me ne pe re se te de ge bi ki '
              || 'li mi ni pi ri si ti di gi bo ko lo mo no po ro so to do go bu ku lu mu nu pu ru su tu du gu', ' ') as s) syl
$$;

create function pg_temp.sentence(words text) returns text language sql immutable as $$
    select upper(left(words, 1)) || substr(words, 2)
$$;

create temp table lexicon (language text primary key, words text[]) on commit drop;
insert into lexicon values
('id', string_to_array('pemerintah rakyat ekonomi pembangunan harga beras minyak subsidi anggaran negara daerah provinsi '
   || 'kabupaten presiden menteri gubernur bupati pemilu partai suara rakyat jalan tol bandara pelabuhan listrik air '
   || 'bersih sekolah guru murid rumah sakit dokter vaksin pandemi utang luar negeri investasi asing tenaga kerja upah '
   || 'minimum petani nelayan pangan impor ekspor batu bara nikel hutan banjir kebakaran lahan korupsi hukum pengadilan '
   || 'polisi tentara keamanan perbatasan laut pulau kota desa miliar triliun rupiah persen tahun bulan naik turun '
   || 'meningkat menurun membangun memulihkan menyatakan mengatakan menurut data badan pusat statistik laporan resmi '
   || 'kebijakan program bantuan sosial keluarga miskin pertumbuhan inflasi cadangan devisa sanksi kerja sama bilateral '
   || 'Korea Utara Rusia Donbas Ukraina Jakarta Surabaya Medan Makassar Papua Kalimantan Sumatra Jawa', ' ')),
('en', string_to_array('government people economy development price rice oil subsidy budget state region province '
   || 'district president minister governor mayor election party vote toll road airport port electricity clean water '
   || 'school teacher pupil hospital doctor vaccine pandemic foreign debt investment labour wage minimum farmers '
   || 'fishermen food imports exports coal nickel forest flood fire land corruption law court police army security '
   || 'border sea island city village billion trillion rupiah percent year month rose fell increased decreased built '
   || 'restored said stated according to data statistics agency official report policy programme social assistance '
   || 'poor families growth inflation reserves sanctions cooperation bilateral North Korea Russia Donbas Ukraine '
   || 'Jakarta Surabaya Medan Makassar Papua Kalimantan Sumatra Java the of and in that was has will not more than', ' '));

create temp table names (first text[], last text[], outlets text[], publishers text[]) on commit drop;
insert into names values (
    string_to_array('Budi Siti Agus Dewi Joko Sri Bambang Rina Andi Ayu Hendra Wati Rudi Nur Eko Lestari Ahmad Maria '
        || 'Yusuf Ratna Dimas Fitri Bayu Intan Arief Putri Vladimir Denis Kim Alexander', ' '),
    string_to_array('Santoso Wijaya Hartono Lestari Pratama Saputra Nugroho Kusuma Halim Siregar Simanjuntak Nasution '
        || 'Hidayat Gunawan Setiawan Rahman Susanto Wibowo Purnomo Sitompul Matsegora Pushilin Putin', ' '),
    array['Kompas', 'Tempo', 'Detik', 'TribunWow', 'CNN Indonesia', 'Antara', 'The Jakarta Post', 'Reuters',
          'BBC Indonesia', 'Kumparan', 'Republika', 'Liputan6'],
    array['Badan Pusat Statistik', 'Bank Indonesia', 'Kementerian Keuangan', 'United Nations', 'World Bank',
          'IMF', 'Komisi Pemilihan Umum', 'Kementerian Kesehatan', 'Reuters', 'Kompas']);

insert into app_user (email, display_name, password_hash)
values ('bench-reporter@factline.bench', 'Bench Reporter', '{noop}not-for-signing-in'),
       ('bench-editor@factline.bench', 'Bench Editor', '{noop}not-for-signing-in');

insert into speaker (kind, name, slug, description, role)
select 'PERSON', n.first[1 + i % array_length(n.first, 1)] || ' ' || n.last[1 + (i / 7) % array_length(n.last, 1)],
       'bench-speaker-' || i, 'Public figure number ' || i || '.', 'Official ' || i
from generate_series(1, 300) as i, names n;

insert into speaker_role (speaker_id, title, started_on)
select id, role, date '2015-01-01' from speaker where slug like 'bench-speaker-%';

insert into topic (slug, name)
select 'bench-topic-' || i, 'Topic ' || i || ': ' || pg_temp.words((select words from lexicon where language = 'en'), 2)
from generate_series(1, 60) as i;

insert into article (url, normalized_url, title, outlet, authors, language, published_at)
select 'https://news.example/' || i, 'https://news.example/' || i,
       pg_temp.sentence(pg_temp.words(l.words, 8)), n.outlets[1 + i % array_length(n.outlets, 1)],
       array['Reporter ' || (i % 97)], l.language,
       timestamptz '2019-01-01 08:00+07' + (random() * 2300) * interval '1 day'
from generate_series(1, 20000) as i
join lexicon l on l.language = case when i % 5 < 3 then 'id' else 'en' end
cross join names n;

create temp table bench_claim as
select i,
       case when i % 5 < 3 then 'id' else 'en' end as language,
       case when i % 5 < 3 then 'en' else 'id' end as other,
       20 + floor(random() * 25)::int as length,
       date '2019-01-01' + floor(random() * 2300)::int as said_on
from generate_series(1, :claims) as i;

insert into claim (speaker_id, rating_scale_id, text, language, translation, translation_language, summary, said_on,
                   date_precision, said_where, status, slug, published_at)
select s.id, sc.id,
       pg_temp.sentence(pg_temp.words(l.words, b.length)) || '.', b.language,
       pg_temp.sentence(pg_temp.words(o.words, b.length)) || '.', b.other,
       rtrim(left(pg_temp.sentence(pg_temp.words(e.words, 9)), 75)),
       b.said_on, 'DAY', 'in ' || pg_temp.words(e.words, 4), 'PUBLISHED', 'bench-claim-' || b.i,
       b.said_on + interval '3 days'
from bench_claim b
join lexicon l on l.language = b.language
join lexicon o on o.language = b.other
join lexicon e on e.language = 'en'
join speaker s on s.slug = 'bench-speaker-' || (1 + b.i % 300)
cross join rating_scale sc
where sc.slug = 'default';

insert into claim_topic (claim_id, topic_id)
select c.id, t.id from claim c join topic t on t.slug = 'bench-topic-' || (1 + c.id % 60)
where c.slug like 'bench-claim-%';

insert into appearance (claim_id, article_id, quote, quote_prefix, quote_suffix, quote_kind)
select c.id, a.id, c.text, pg_temp.words(l.words, 8), pg_temp.words(l.words, 8), 'DIRECT'
from claim c
join lexicon l on l.language = c.language
join article a on a.normalized_url = 'https://news.example/' || (1 + c.id % 20000)
where c.slug like 'bench-claim-%';

insert into appearance_attribution (appearance_id, position, name)
select a.id, 0, n.outlets[1 + a.id % array_length(n.outlets, 1)]
from appearance a join claim c on c.id = a.claim_id cross join names n
where c.slug like 'bench-claim-%';

insert into source (claim_id, position, url, title, publisher, published_on, kind, stance, excerpt)
select c.id, p, 'https://source.example/' || c.id || '/' || p, pg_temp.sentence(pg_temp.words(l.words, 6)),
       n.publishers[1 + (c.id + p) % array_length(n.publishers, 1)], c.said_on - (p * 30),
       (array['PRIMARY_DOCUMENT', 'OFFICIAL_STATEMENT', 'NEWS_REPORT', 'DATASET'])[1 + (c.id + p) % 4],
       (array['SUPPORTS', 'CONTRADICTS', 'CONTEXT'])[1 + p], pg_temp.words(l.words, 25) || '.'
from claim c
cross join generate_series(0, 2) as p
join lexicon l on l.language = c.language
cross join names n
where c.slug like 'bench-claim-%';

insert into verdict (claim_id, rating_scale_id, rating_id, summary, rationale, status, author_id, reviewer_id,
                     published_at)
select c.id, c.rating_scale_id,
       (select r.id from rating r where r.scale_id = c.rating_scale_id order by r.position
        offset (c.id % 7) limit 1),
       left(pg_temp.sentence(pg_temp.words(e.words, 22)) || '.', 300),
       pg_temp.sentence(pg_temp.words(e.words, 60)) || E'.\n\n' || pg_temp.sentence(pg_temp.words(e.words, 60)) || '.',
       'PUBLISHED',
       (select id from app_user where email = 'bench-reporter@factline.bench'),
       (select id from app_user where email = 'bench-editor@factline.bench'),
       c.published_at
from claim c join lexicon e on e.language = 'en'
where c.slug like 'bench-claim-%';

-- in order of publication, as publishing writes them: the claims above got random dates, but a real archive's
-- search documents lie in the table roughly in the order they were published (a window of the latest
-- claims is a few pages, not one row on each of thousands)
-- without the full-text index, built again afterwards as the migration defines it: updating it row by row
-- (its word pairs above all) had not finished after thirteen minutes here; building it takes about five
select pg_get_indexdef('search_document_search_idx'::regclass) as search_index \gset
drop index search_document_search_idx;
insert into search_document (claim_id, document, published_at)
select id, search_document_of(id), published_at from claim where slug like 'bench-claim-%'
order by published_at
on conflict (claim_id) do update set document = excluded.document, published_at = excluded.published_at;
set local maintenance_work_mem = '512MB';
:search_index;

update public_content_version set version = version + 1, changed_at = now() where id = 1;

commit;

-- vacuum as well: sets the hint bits and the visibility map now, rather than in the first minutes of the
-- measurement (uncached claim pages ran at half speed on a freshly generated database)
vacuum (analyze);
