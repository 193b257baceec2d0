-- Forgotten passwords of staff: single-use links valid one hour. Only a SHA-256 hash of the
-- token is stored, so a copy of the database gives no usable link.
create table password_reset_token (
    id          bigserial    primary key,
    account_id  bigint       not null references staff_account (id) on delete cascade,
    token_hash  varchar(64)  not null unique,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    created_at  timestamptz  not null
);
create index password_reset_token_account_idx on password_reset_token (account_id, created_at);
