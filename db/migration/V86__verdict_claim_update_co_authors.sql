-- Four eyes, really: whoever writes any of a verdict's or an update's text besides its author is a
-- co-author, and no author (first or co-) publishes it or sends it back, unless the newsroom set
-- one-person publishing. Readers see every author in "Checked by".
create table verdict_author (
    verdict_id bigint not null references verdict (id) on delete cascade,
    user_id    bigint not null references app_user (id),
    primary key (verdict_id, user_id)
);

create table claim_update_author (
    update_id bigint not null references claim_update (id) on delete cascade,
    user_id   bigint not null references app_user (id),
    primary key (update_id, user_id)
);

-- Who already changed another's verdict: every saved revision whose rating, summary or rationale differ from
-- the revision before, by someone other than the verdict's author (a review's status change is not writing).
insert into verdict_author (verdict_id, user_id)
select distinct changed.id, changed.user_id
from (
    select a.id, r.user_id, a.revtype, a.rating_id, a.summary, a.rationale,
           lag(a.rating_id) over w as previous_rating, lag(a.summary) over w as previous_summary,
           lag(a.rationale) over w as previous_rationale
    from verdict_aud a join revinfo r on r.rev = a.rev
    window w as (partition by a.id order by a.rev)
) changed
join verdict v on v.id = changed.id
join app_user u on u.id = changed.user_id
where changed.revtype = 1
  and changed.user_id <> v.author_id
  and (changed.rating_id is distinct from changed.previous_rating
       or changed.summary is distinct from changed.previous_summary
       or changed.rationale is distinct from changed.previous_rationale);
