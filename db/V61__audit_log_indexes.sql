-- Issue 19 (scale): after a few years the audit log holds millions of entries. A page of it
-- filtered by who did it or by the kind of record, newest first, is read from one of these
-- indexes instead of sorting every matching entry. They also serve the lists of actors and of
-- kinds of the filter form (one step down the index per distinct value), so the single-column
-- indexes of V3 go.
create index audit_entry_actor_occurred_idx on audit_entry (actor, occurred_at desc, id desc);
create index audit_entry_type_occurred_idx on audit_entry (entity_type, occurred_at desc, id desc);
drop index audit_entry_actor_idx;
drop index audit_entry_type_idx;
