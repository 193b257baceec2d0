-- Project sheets to the donors' standard (issue 15): key facts, sectors, IATI roles and identifiers.
-- Every new column is optional; no seeded value changes.

alter table project
    add column code                   varchar(40),
    add column short_name             varchar(120),
    -- the actual period; start_date..end_precision (V1) stay the planned one
    add column actual_start_date      date,
    add column actual_start_precision varchar(5),
    add column actual_end_date        date,
    add column actual_end_precision   varchar(5),
    add column background             text,
    add column expected_results       text,
    add column lessons_learned        text,
    add column coordination           text,
    -- the IATI activity identifier, stored the first time the activity is exported, then never changed
    add column iati_identifier        varchar(200);

alter table programme
    add column iati_identifier        varchar(200);

-- OECD DAC 5-digit sectors (IATI Sector codelist) of a project or a programme, with their share
-- in percent (required by the form when there are several). "proposed" marks a sector the seed
-- suggested and staff have not confirmed yet.
create table project_sector (
    project_id  bigint       not null references project (id) on delete cascade,
    code        varchar(5)   not null,
    percentage  numeric(5, 2),
    proposed    boolean      not null default false,
    position    integer      not null default 0,
    primary key (project_id, code)
);

create table programme_sector (
    programme_id  bigint       not null references programme (id) on delete cascade,
    code          varchar(5)   not null,
    percentage    numeric(5, 2),
    proposed      boolean      not null default false,
    position      integer      not null default 0,
    primary key (programme_id, code)
);

-- the seed's proposal, to be confirmed by staff: promotion of mental health and well-being
insert into programme_sector (programme_id, code, percentage, proposed, position)
select id, '12340', 100, true, 1 from programme;

-- the IATI organisation roles: FUNDER (1 funding), ACCOUNTABLE (2), EXTENDING (3), PARTNER (4 implementing)
alter table programme_organisation alter column role type varchar(20);
alter table project_organisation alter column role type varchar(20);

-- the PPSM's IATI organisation identifier (e.g. BI-NIF-...) and type (IATI OrganisationType, 22 national NGO)
alter table site_settings
    add column iati_identifier  varchar(100),
    add column iati_org_type    varchar(5) default '22';

do $$
declare
    t text;
begin
    foreach t in array array['project_sector', 'programme_sector']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function notify_content_change()', t || '_changed', t);
    end loop;
end;
$$;
