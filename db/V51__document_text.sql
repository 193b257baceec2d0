-- Site search (issue 17): the text of a document's file, as Apache PDFBox extracts it when the
-- file is uploaded (at most 100 000 characters; empty when nothing could be read). Kept apart
-- from the description so that lists never read it. Documents uploaded before this migration
-- are read once at start-up (document/DocumentTextBackfill).
create table document_text (
    document_id  bigint      not null primary key references document (id) on delete cascade,
    text         text        not null,
    extracted_at timestamptz not null default now()
);

create trigger document_text_changed after insert or update or delete or truncate on document_text
    for each statement execute function notify_content_change();
