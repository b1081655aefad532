-- Who recorded what, and a forced password change for one-time passwords.
alter table app_user add column password_change_required boolean not null default false;

alter table claim add column created_by bigint references app_user (id) on delete set null;
alter table article add column created_by bigint references app_user (id) on delete set null;
create index claim_created_by_idx on claim (created_by);
create index verdict_status_idx on verdict (status);
