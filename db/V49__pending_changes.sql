-- A change proposed by a member contributor, waiting for an administrator's (or editor's)
-- decision. The live record is untouched until approval: "proposed" is the submitted form as
-- JSON, "base_version" the version of the record it was made from (null for a new service
-- point, which exists only here until approved). Decided proposals stay, as their history.
create table pending_change (
    id              bigserial     primary key,
    entity_type     varchar(40)   not null check (entity_type in ('organisation', 'service-point')),
    entity_id       bigint,
    organisation_id bigint        not null references organisation (id) on delete cascade,
    label           varchar(300)  not null,
    proposed        text          not null,
    base_version    integer,
    status          varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    proposed_by     varchar(200)  not null,
    proposed_at     timestamptz   not null,
    decided_by      varchar(200),
    decided_at      timestamptz,
    reason          varchar(1000),
    version         integer       not null default 0,
    check ((entity_type = 'organisation') <= (entity_id is not null))
);
create index pending_change_open_idx on pending_change (proposed_at) where status = 'PENDING';
create index pending_change_organisation_idx on pending_change (organisation_id, proposed_at desc);
-- at most one open proposal per existing record: a new proposal replaces the open one
create unique index pending_change_one_open_idx on pending_change (entity_type, entity_id)
    where status = 'PENDING' and entity_id is not null;
