-- A second factor for staff (one-time codes, RFC 6238). One row per account that started or
-- finished enrolling: the shared secret (base32), whether a first code confirmed it, and the last
-- time step a code was accepted for, so that each code works only once. Deleting the row (an
-- administrator's reset) makes the person enrol again at their next sign-in.
create table staff_second_factor (
    account_id    bigint       primary key references staff_account (id) on delete cascade,
    secret        varchar(64)  not null,
    confirmed_at  timestamptz,
    last_step     bigint,
    created_at    timestamptz  not null
);

-- Ten single-use recovery codes per enrolled account, for a lost device. Only a SHA-256 hash of
-- each code is stored (the codes are random, 50 bits each, and the sign-in throttle limits tries).
create table staff_recovery_code (
    id          bigserial    primary key,
    account_id  bigint       not null references staff_account (id) on delete cascade,
    code_hash   varchar(64)  not null,
    used_at     timestamptz,
    unique (account_id, code_hash)
);
