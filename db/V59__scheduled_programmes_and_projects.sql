-- Scheduled publishing of programmes and projects, as news items have it (db/V33). A published
-- record is public from publish_from (null: no limit, as every record published until now) until
-- publish_until (null: for good). Visitors see it when
--   published and (publish_from is null or publish_from <= now)
--   and (publish_until is null or now < publish_until),
-- and a project only while its programme is visible too. Nothing is written when a date passes:
-- the application's visibility watch tells the page caches (pg_notify, as the trigger of db/V4).
alter table programme
    add column publish_from  timestamptz,
    add column publish_until timestamptz,
    add constraint programme_publish_dates check (publish_until is null or publish_from is null or publish_until > publish_from);

alter table project
    add column publish_from  timestamptz,
    add column publish_until timestamptz,
    add constraint project_publish_dates check (publish_until is null or publish_from is null or publish_until > publish_from);

-- the watch asks every minute whether a date fell since its last check: these read no row most of the time
create index programme_publish_from_idx on programme (publish_from) where publish_from is not null;
create index programme_publish_until_idx on programme (publish_until) where publish_until is not null;
create index project_publish_from_idx on project (publish_from) where publish_from is not null;
create index project_publish_until_idx on project (publish_until) where publish_until is not null;
