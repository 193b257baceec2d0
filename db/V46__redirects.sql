-- Old public addresses that answer 301 to their new place: recorded automatically when staff
-- change the slug of a programme, project or news item, or added by hand (the old site's
-- addresses). The source is a normalised path without language prefix, query or trailing slash;
-- the target a site path or an absolute http(s) URL. Chains are collapsed by the application.
create table redirect (
    id         bigserial     primary key,
    source     varchar(500)  not null unique,
    target     varchar(1000) not null,
    automatic  boolean       not null default false,
    created_at timestamptz   not null default now(),
    created_by varchar(200)
);

create trigger redirect_changed after insert or update or delete or truncate on redirect
    for each statement execute function notify_content_change();
