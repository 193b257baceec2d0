-- Documents (issue 14): reports, studies, guides... that visitors download. The file itself
-- lives in PostgreSQL (document_file), apart from the description so that lists never read
-- it; every instance serves the same files and a database backup (pg_dump) keeps them.
create table document (
    id               bigserial                primary key,
    title            varchar(300)             not null,
    description      varchar(600),
    category         varchar(20)              not null, -- RAPPORT_ANNUEL, RAPPORT_PROJET, ETUDE, EVALUATION, GUIDE_OUTIL, AUTRE
    language         varchar(5)               not null, -- FR, EN, RN or OTHER
    document_date    date                     not null, -- the document's own date; the year filter uses it
    published        boolean                  not null default false,
    -- what the upload checks found in the file, never what its name or the browser said
    file_type        varchar(4)               not null, -- PDF, DOCX, XLSX or ODT
    file_name        varchar(200)             not null, -- cleaned, with the extension of file_type
    content_type     varchar(100)             not null,
    size_bytes       bigint                   not null,
    sha256           varchar(64)              not null,
    -- the first page of a PDF, when it could be drawn (document_thumbnail)
    thumbnail_width  integer,
    thumbnail_height integer,
    uploaded_by      varchar(200),
    created_at       timestamp with time zone not null,
    position         integer                  not null default 0,
    version          integer                  not null default 0,
    updated_at       timestamp with time zone not null
);

create index document_published_date on document (published, document_date desc);

create table document_file (
    document_id bigint not null primary key references document (id) on delete cascade,
    bytes       bytea  not null
);

create table document_thumbnail (
    document_id bigint not null primary key references document (id) on delete cascade,
    jpeg        bytea  not null
);

create table document_programme (
    document_id  bigint not null references document (id) on delete cascade,
    programme_id bigint not null references programme (id) on delete cascade,
    primary key (document_id, programme_id)
);

create index document_programme_programme on document_programme (programme_id);

create table document_project (
    document_id bigint not null references document (id) on delete cascade,
    project_id  bigint not null references project (id) on delete cascade,
    primary key (document_id, project_id)
);

create index document_project_project on document_project (project_id);

do $$
declare
    t text;
begin
    foreach t in array array['document', 'document_file', 'document_thumbnail', 'document_programme', 'document_project']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function notify_content_change()', t || '_changed', t);
    end loop;
end;
$$;
