-- A second factor for staff (one-time codes, RFC 6238). One row per enrolled account: the shared
-- secret (base32) and the last time step a code was accepted for, so that each code works only
-- once. A secret being enrolled waits in the staff member's session until a first code confirms
-- it. Deleting the row (an administrator's reset) makes the person enrol again at their next
-- sign-in if their role requires a second factor.
create table staff_second_factor (
    account_id   bigint       primary key references staff_account (id) on delete cascade,
    secret       varchar(64)  not null,
    last_step    bigint       not null,
    enrolled_at  timestamptz  not null
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
