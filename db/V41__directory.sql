-- The directory of help: member organisations, the PPSM's branches, and service points where a
-- person can find psychosocial or mental-health help. Nothing is invented: nobody is marked
-- member and the directory starts empty; staff enter what they have checked.

-- Members: an organisation may be a member of the PPSM, since a year, with a public contact.
-- uuid: its stable identifier in the open data (HSDS), made once per record.
alter table organisation
    add column member        boolean      not null default false,
    add column member_since  integer,
    add column contact_email varchar(254),
    add column contact_phone varchar(40),
    add column address       varchar(300),
    add column uuid          uuid         not null default gen_random_uuid();
create unique index organisation_uuid_idx on organisation (uuid);

-- The PPSM's branches ("antennes"), an ordered list.
create table ppsm_branch (
    id          bigserial primary key,
    name        varchar(200) not null,
    province_id bigint references zone (id),
    commune_id  bigint references zone (id),
    address     varchar(300),
    phone       varchar(40),
    email       varchar(254),
    position    integer      not null default 0,
    version     integer      not null default 0,
    updated_at  timestamptz  not null default now()
);

-- A place where help is given. What is offered (services: codes of the IASC MHPSS pyramid), for
-- whom (audiences), the languages spoken and the opening days are short lists of codes, kept as
-- arrays so that a search by need is one query. Province and commune are zones of the 2025 map.
create table service_point (
    id              bigserial primary key,
    uuid            uuid          not null unique default gen_random_uuid(),
    organisation_id bigint        not null references organisation (id),
    name            varchar(200)  not null,
    description     varchar(2000),
    services        varchar(40)[] not null default '{}',
    audiences       varchar(40)[] not null default '{}',
    languages       varchar(10)[] not null default '{}',
    province_id     bigint        not null references zone (id),
    commune_id      bigint references zone (id),
    address         varchar(300)  not null,
    latitude        numeric(8, 6),
    longitude       numeric(8, 6),
    phone           varchar(40),
    email           varchar(254),
    opening_hours   varchar(300),
    open_days       varchar(10)[] not null default '{}',
    opens_at        time,
    closes_at       time,
    free            boolean       not null default true,
    referral_needed boolean       not null default false,
    published       boolean       not null default false,
    verified_on     date,
    position        integer       not null default 0,
    version         integer       not null default 0,
    updated_at      timestamptz   not null default now()
);
create index service_point_province_idx on service_point (province_id) where published;
create index service_point_commune_idx on service_point (commune_id) where published;
create index service_point_organisation_idx on service_point (organisation_id);
create index service_point_services_idx on service_point using gin (services);

do $$
declare
    t text;
begin
    foreach t in array array['ppsm_branch', 'service_point']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function notify_content_change()', t || '_changed', t);
    end loop;
end;
$$;
