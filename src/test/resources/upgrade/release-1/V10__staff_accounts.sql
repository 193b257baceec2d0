-- Staff who sign in to the back office. The e-mail address is the login (stored in lower
-- case). Role: ADMINISTRATOR, EDITOR or INBOX_HANDLER. Accounts are disabled, never deleted,
-- so that the audit log keeps naming real people.
create table staff_account (
    id                    bigserial primary key,
    email                 varchar(200) not null unique,
    display_name          varchar(120) not null,
    role                  varchar(20)  not null,
    enabled               boolean      not null default true,
    password_hash         varchar(200) not null,
    must_change_password  boolean      not null default false,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               integer      not null default 0
);
