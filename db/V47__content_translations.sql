-- English and Kirundi versions of the text fields of the content. French stays in the content
-- tables and is the reference; a row here holds one field of one record in one other language.
-- entity_type uses the names of the audit log ("programme", "project", "news", ...); field is
-- the name of the entity's property ("summary", "cardText", ...). A missing row (or an empty
-- value) means: not translated, show the French.
create table content_translation (
    entity_type varchar(40)  not null,
    entity_id   bigint       not null,
    field       varchar(60)  not null,
    lang        varchar(2)   not null check (lang in ('en', 'rn')),
    value       text         not null,
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(200),
    primary key (entity_type, entity_id, field, lang)
);

create index content_translation_lang on content_translation (lang, entity_type);

create trigger content_translation_changed after insert or update or delete or truncate on content_translation
    for each statement execute function notify_content_change();
