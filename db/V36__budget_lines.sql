-- Budget lines of a project (issue 15): an amount in a currency (IATI Currency codelist), its
-- kind (TOTAL budget, a FUNDER_SHARE, DISBURSED to date), optionally a phase, a period and a funder.
create table budget_line (
    id               bigserial primary key,
    project_id       bigint         not null references project (id) on delete cascade,
    kind             varchar(20)    not null,
    amount           numeric(16, 2) not null,
    currency         varchar(3)     not null,
    phase_id         bigint references project_phase (id) on delete set null,
    funder_id        bigint references organisation (id) on delete set null,
    start_date       date,
    start_precision  varchar(5),
    end_date         date,
    end_precision    varchar(5),
    position         integer        not null default 0,
    version          integer        not null default 0,
    updated_at       timestamptz    not null default now()
);
create index budget_line_project_idx on budget_line (project_id);

create trigger budget_line_changed after insert or update or delete or truncate on budget_line
    for each statement execute function notify_content_change();
