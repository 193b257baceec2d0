-- Revisions of the content: every save of a record keeps its full editable state (the fields of
-- its admin form, as JSON), who saved it and when, so that staff can compare two states and
-- restore an earlier one. entity_type uses the names of the audit log ("programme", "project",
-- "news", ...); number counts the revisions of one record from 1. restored_from is the number
-- of the revision a restore brought back; initial marks the state a record had before its
-- first revision (recorded at the first save after revisions were introduced). No trigger:
-- the public pages never read this table.
create table revision (
    id            bigserial    primary key,
    entity_type   varchar(40)  not null,
    entity_id     bigint       not null,
    number        integer      not null check (number > 0),
    created_at    timestamptz  not null default now(),
    actor         varchar(320) not null,
    restored_from integer,
    initial       boolean      not null default false,
    state         jsonb        not null
);

create unique index revision_record_number on revision (entity_type, entity_id, number);
