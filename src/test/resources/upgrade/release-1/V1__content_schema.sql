-- Content of the public site: programmes, projects, organisations, zones, key results and
-- the smaller lists of the home page. Every editable table carries a version for optimistic
-- locking and the time of its last change (used for sitemaps and conditional requests).

create table zone (
    id          bigserial primary key,
    slug        varchar(80)  not null unique,
    name        varchar(120) not null,
    -- PROVINCE, ALL_PROVINCES, NATIONAL, REGIONAL, INTERNATIONAL
    kind        varchar(20)  not null,
    position    integer      not null default 0,
    version     integer      not null default 0,
    updated_at  timestamptz  not null default now()
);

create table organisation (
    id          bigserial primary key,
    slug        varchar(80)  not null unique,
    acronym     varchar(40),
    name        varchar(200) not null,
    website     varchar(300),
    description text,
    -- a programme of a larger organisation (e.g. the social-cohesion programme of the GIZ)
    parent_id   bigint references organisation (id),
    -- PPSM itself, for self-funded work
    is_self     boolean      not null default false,
    position    integer      not null default 0,
    version     integer      not null default 0,
    updated_at  timestamptz  not null default now()
);

create table target_group (
    id          bigserial primary key,
    name        varchar(200) not null,
    -- shown in the site-wide "Groupes cibles" list
    featured    boolean      not null default false,
    position    integer      not null default 0,
    version     integer      not null default 0,
    updated_at  timestamptz  not null default now()
);

create table programme (
    id                    bigserial primary key,
    slug                  varchar(120) not null unique,
    name                  varchar(200) not null,
    card_text             varchar(600),
    summary               text         not null,
    -- the period: a start and an optional end, each with the precision the source gives
    -- (YEAR, MONTH or DAY); no end means "ongoing"
    start_date            date,
    start_precision       varchar(5),
    end_date              date,
    end_precision         varchar(5),
    -- free note when the projects are not listed one by one ("activités ponctuelles")
    projects_note         varchar(300),
    position              integer      not null default 0,
    published             boolean      not null default true,
    version               integer      not null default 0,
    updated_at            timestamptz  not null default now()
);

create table objective (
    id            bigserial primary key,
    programme_id  bigint       not null references programme (id) on delete cascade,
    -- a specific objective under a general one
    parent_id     bigint references objective (id) on delete cascade,
    text          varchar(600) not null,
    position      integer      not null default 0
);
create index objective_programme_idx on objective (programme_id);

create table project (
    id               bigserial primary key,
    programme_id     bigint       not null references programme (id),
    slug             varchar(120) not null unique,
    name             varchar(300) not null,
    -- PLANNED, ONGOING, FINISHED
    status           varchar(10)  not null,
    description      text,
    start_date       date,
    start_precision  varchar(5),
    end_date         date,
    end_precision    varchar(5),
    position         integer      not null default 0,
    published        boolean      not null default true,
    version          integer      not null default 0,
    updated_at       timestamptz  not null default now()
);
create index project_programme_idx on project (programme_id);

-- the other programmes a project contributes to (its own programme is project.programme_id)
create table project_programme (
    project_id    bigint not null references project (id) on delete cascade,
    programme_id  bigint not null references programme (id) on delete cascade,
    primary key (project_id, programme_id)
);

create table project_phase (
    id               bigserial primary key,
    project_id       bigint      not null references project (id) on delete cascade,
    name             varchar(120) not null,
    status           varchar(10) not null,
    start_date       date,
    start_precision  varchar(5),
    end_date         date,
    end_precision    varchar(5),
    position         integer     not null default 0
);
create index project_phase_project_idx on project_phase (project_id);

-- role: FUNDER or PARTNER
create table programme_organisation (
    programme_id     bigint      not null references programme (id) on delete cascade,
    organisation_id  bigint      not null references organisation (id),
    role             varchar(10) not null,
    position         integer     not null default 0,
    primary key (programme_id, organisation_id, role)
);

create table project_organisation (
    project_id       bigint      not null references project (id) on delete cascade,
    organisation_id  bigint      not null references organisation (id),
    role             varchar(10) not null,
    position         integer     not null default 0,
    primary key (project_id, organisation_id, role)
);

create table programme_zone (
    programme_id  bigint not null references programme (id) on delete cascade,
    zone_id       bigint not null references zone (id),
    primary key (programme_id, zone_id)
);

create table project_zone (
    project_id  bigint not null references project (id) on delete cascade,
    zone_id     bigint not null references zone (id),
    primary key (project_id, zone_id)
);

create table programme_target_group (
    programme_id     bigint not null references programme (id) on delete cascade,
    target_group_id  bigint not null references target_group (id),
    position         integer not null default 0,
    primary key (programme_id, target_group_id)
);

create table project_target_group (
    project_id       bigint not null references project (id) on delete cascade,
    target_group_id  bigint not null references target_group (id),
    position         integer not null default 0,
    primary key (project_id, target_group_id)
);

-- A key result: a statement, and where the source gives them an achieved and an expected
-- value with a unit. The percentage is computed from the two, never stored.
create table key_result (
    id              bigserial primary key,
    programme_id    bigint        not null references programme (id) on delete cascade,
    project_id      bigint references project (id) on delete set null,
    -- optional heading that groups results of a programme ("Autonomisation financière des femmes")
    theme           varchar(300),
    statement       varchar(1000) not null,
    achieved_value  numeric(14, 2),
    expected_value  numeric(14, 2),
    unit            varchar(120),
    position        integer       not null default 0,
    version         integer       not null default 0,
    updated_at      timestamptz   not null default now()
);
create index key_result_programme_idx on key_result (programme_id);
create index key_result_project_idx on key_result (project_id);

create table service (
    id           bigserial primary key,
    title        varchar(200)  not null,
    description  varchar(1000) not null,
    position     integer       not null default 0,
    version      integer       not null default 0,
    updated_at   timestamptz   not null default now()
);

create table mission (
    id          bigserial primary key,
    text        varchar(1000) not null,
    position    integer       not null default 0,
    version     integer       not null default 0,
    updated_at  timestamptz   not null default now()
);

create table perspective (
    id          bigserial primary key,
    text        varchar(1000) not null,
    position    integer       not null default 0,
    version     integer       not null default 0,
    updated_at  timestamptz   not null default now()
);

create table headline_figure (
    id          bigserial primary key,
    value       integer      not null,
    -- "+" for "+20 000"
    prefix      varchar(5),
    label       varchar(120) not null,
    as_of       date,
    position    integer      not null default 0,
    version     integer      not null default 0,
    updated_at  timestamptz  not null default now()
);

-- One row: the organisation's details shown in the header, footer and contact page.
create table site_settings (
    id                 integer primary key check (id = 1),
    site_name          varchar(200) not null,
    acronym            varchar(20)  not null,
    tagline            varchar(600),
    contact_email      varchar(200),
    phone              varchar(60),
    address            varchar(400),
    facebook_url       varchar(300),
    instagram_url      varchar(300),
    twitter_url        varchar(300),
    helpline_number    varchar(20),
    helpline_text_rn   varchar(600),
    version            integer      not null default 0,
    updated_at         timestamptz  not null default now()
);
