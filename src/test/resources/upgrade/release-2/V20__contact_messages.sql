-- Issue 5: messages written through the contact form, staff notes, and the outbox of
-- e-mails. Messages may reveal distress or violence: they are deleted by the retention job
-- (see README) and never leave the database except through the admin inbox.
alter table site_settings add column notification_emails varchar(1000);

create table contact_message (
    id              bigserial    primary key,
    sender_name     varchar(200),
    email           varchar(254) not null,
    phone           varchar(60),
    subject         varchar(30)  not null,
    body            text         not null,
    language        varchar(5)   not null,
    priority        boolean      not null default false,
    status          varchar(20)  not null,
    spam_reason     varchar(100),
    client_address  varchar(100),
    read_at         timestamptz,
    assigned_to     bigint       references staff_account (id) on delete set null,
    ack_message_id  varchar(250),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         integer      not null default 0
);
create index contact_message_status_idx on contact_message (status, priority desc, created_at desc);
-- the rate limits count recent messages per address and per e-mail
create index contact_message_address_idx on contact_message (client_address, created_at);
create index contact_message_email_idx on contact_message (email, created_at);

create table message_note (
    id          bigserial    primary key,
    message_id  bigint       not null references contact_message (id) on delete cascade,
    author      varchar(254) not null,
    body        text         not null,
    created_at  timestamptz  not null
);
create index message_note_message_idx on message_note (message_id);

-- Every outgoing e-mail is first a row here, written in the transaction of its cause.
create table outbox_mail (
    id               bigserial    primary key,
    kind             varchar(20)  not null,
    recipient        varchar(254) not null,
    reply_to         varchar(254),
    subject          varchar(300) not null,
    body             text         not null,
    message_id_header varchar(250) not null unique,
    in_reply_to      varchar(250),
    references_header varchar(1000),
    status           varchar(20)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       varchar(1000),
    sent_at          timestamptz,
    created_at       timestamptz  not null,
    author           varchar(254),
    message_id       bigint       references contact_message (id) on delete cascade
);
create index outbox_mail_due_idx on outbox_mail (status, next_attempt_at);
create index outbox_mail_message_idx on outbox_mail (message_id);
create index outbox_mail_recipient_idx on outbox_mail (kind, recipient, created_at);
