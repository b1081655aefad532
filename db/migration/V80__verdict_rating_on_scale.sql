-- Whether a rating sits on its scale's true-to-false line. Only those get a number in ClaimReview
-- (ratingValue, within worstRating..bestRating, which are taken from them); a rating off the line
-- (Unproven, Misleading, Satire ...) is described by its label alone, so no machine reads it as more
-- false than False.
alter table rating add column on_scale boolean not null default true;

update rating set on_scale = false
where code in ('misleading', 'unproven', 'satire', 'opinion', 'no-evidence', 'out-of-context', 'unverifiable',
               'missing-context', 'altered', 'not-rated');
