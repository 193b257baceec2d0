-- Nothing staff type is lost (issue 13).
--
-- A save that could not be accepted because the session had ended or its security token was
-- no longer valid: the submitted fields (never a file, never a password) wait here for one
-- hour, found again through the SHA-256 hash of a random token kept in an HttpOnly cookie of
-- that browser. The row is deleted as soon as the form is shown again, or once expired.
create table pending_submission (
    token_hash varchar(64)              primary key,
    login      varchar(200),            -- null when the session had ended: unknown until sign-in
    form_path  varchar(500)             not null,
    fields     text                     not null, -- as the browser sent them: a=1&b=2
    created_at timestamp with time zone not null
);
create index pending_submission_created on pending_submission (created_at);

-- Autosaved drafts: what a staff member has typed in an admin form and not saved yet, one per
-- person and form. A successful save deletes it; drafts older than 30 days are removed.
create table form_draft (
    login     varchar(200)             not null,
    form_path varchar(500)             not null,
    fields    text                     not null,
    saved_at  timestamp with time zone not null,
    primary key (login, form_path)
);
create index form_draft_saved on form_draft (saved_at);
