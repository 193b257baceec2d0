-- Values of a key result per period (issue 15): a year or a phase (start and end with the
-- year/month/day precision of every period, an optional label like "Phase 2"), each with an
-- optional baseline, target and actual value and a comment. The result's own target, actual
-- and period stay as they are: they remain its headline figures. No seeded value changes.
create table key_result_period (
    id               bigserial primary key,
    key_result_id    bigint         not null references key_result (id) on delete cascade,
    label            varchar(120),
    start_date       date,
    start_precision  varchar(5),
    end_date         date,
    end_precision    varchar(5),
    baseline_value   numeric(14, 2),
    target_value     numeric(14, 2),
    actual_value     numeric(14, 2),
    comment          varchar(1000),
    position         integer        not null default 0,
    version          integer        not null default 0,
    updated_at       timestamptz    not null default now(),
    constraint key_result_period_values check (baseline_value >= 0 and target_value >= 0 and actual_value >= 0)
);
create index key_result_period_result_idx on key_result_period (key_result_id);

create trigger key_result_period_changed after insert or update or delete or truncate on key_result_period
    for each statement execute function notify_content_change();
