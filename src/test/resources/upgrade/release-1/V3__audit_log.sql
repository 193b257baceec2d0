-- Every change made by staff (and every read, answer, export or deletion of a contact
-- message) is written here: who, when, which record, what action, which fields changed.
create table audit_entry (
    id              bigserial primary key,
    occurred_at     timestamptz  not null default now(),
    actor           varchar(200) not null,
    action          varchar(40)  not null,
    entity_type     varchar(60)  not null,
    entity_id       varchar(60),
    entity_label    varchar(300),
    changed_fields  varchar(2000)
);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
create index audit_entry_actor_idx on audit_entry (actor);
create index audit_entry_type_idx on audit_entry (entity_type);
