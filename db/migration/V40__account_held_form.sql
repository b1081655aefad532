-- A desk form posted after its session ended (idle timeout, or a CSRF token the session no longer
-- holds): its fields are kept here, without the CSRF token and passwords, until the editor has signed in
-- again and got the form back filled in (HeldForms). "browser_key" is the SHA-256 of a random key kept in
-- the posting browser's cookie; "owner" is who may have it back: the signed-in user who posted it, or
-- whoever signs in next in that browser. A held form is handed back once and expires after a week.
create table held_form (
    id          uuid         primary key,
    browser_key bytea        not null check (length(browser_key) = 32),
    owner       varchar(254),
    page        varchar(2000) not null check (page like '/%'),
    fields      text         not null,
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null
);

create index held_form_browser_key_idx on held_form (browser_key);
create index held_form_expires_at_idx on held_form (expires_at);
