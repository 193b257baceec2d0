-- Site search (issue 17): one row per searchable record and language ('fr', and 'en' where the
-- English versions of content_translation (V47) are used, field by field, falling back to the
-- French text). Kept current by the database itself: row triggers on every content table call
-- search_refresh(kind, id), which rebuilds the rows of that record in the same transaction.
-- Whether a record may be shown (published, member, dates...) is decided when searching
-- (search/SearchKind), never here, so that scheduled items need no batch job.
create table search_document (
    kind      varchar(20)  not null, -- programme, project, news, document, service, member, service_point
    entity_id bigint       not null,
    lang      varchar(2)   not null check (lang in ('fr', 'en')),
    title     text         not null,
    body      text         not null,
    path      varchar(600) not null, -- the public page (or file) the result links to
    document  tsvector     not null, -- title weighted A, the rest B
    primary key (kind, entity_id, lang)
);

create index search_document_document_idx on search_document using gin (document);

create trigger search_document_changed after insert or update or delete or truncate on search_document
    for each statement execute function notify_content_change();

-- Markdown to something closer to plain text: links keep their words, not their address.
create function search_plain(markdown text) returns text
language sql immutable as $$
    select regexp_replace(regexp_replace(coalesce(markdown, ''), '\]\([^)]*\)', ']', 'g'), '[*_#>`|\[\]!]+', ' ', 'g')
$$;

-- Rebuilds the search rows of one record: fields[1] is the title, the others the body. An
-- English field is the value of content_translation when there is one, else the French.
create function search_store(p_kind text, p_id bigint, p_type text, p_path text, p_names text[], p_values text[])
returns void
language plpgsql as $$
declare
    i integer;
    translated text;
    fr_vector tsvector := ''::tsvector;
    en_vector tsvector := ''::tsvector;
    fr_body text[] := '{}';
    en_body text[] := '{}';
    en_title text;
    value text;
    weight "char";
begin
    for i in 1 .. array_length(p_names, 1) loop
        value := coalesce(p_values[i], '');
        weight := case when i = 1 then 'A' else 'B' end;
        select nullif(btrim(t.value), '') into translated from content_translation t
            where t.entity_type = p_type and t.entity_id = p_id and t.field = p_names[i] and t.lang = 'en';
        fr_vector := fr_vector || setweight(to_tsvector('ppsm_french', value), weight);
        if translated is null then
            en_vector := en_vector || setweight(to_tsvector('ppsm_french', value), weight);
        else
            en_vector := en_vector || setweight(to_tsvector('ppsm_english', translated), weight);
        end if;
        if i = 1 then
            en_title := coalesce(translated, value);
        else
            fr_body := fr_body || value;
            en_body := en_body || coalesce(translated, value);
        end if;
    end loop;
    insert into search_document (kind, entity_id, lang, title, body, path, document) values
        (p_kind, p_id, 'fr', coalesce(p_values[1], ''), array_to_string(fr_body, ' '), p_path, fr_vector),
        (p_kind, p_id, 'en', en_title, array_to_string(en_body, ' '), p_path, en_vector);
end;
$$;

create function search_refresh(p_kind text, p_id bigint) returns void
language plpgsql as $$
declare
    r record;
begin
    delete from search_document where kind = p_kind and entity_id = p_id;
    if p_kind = 'programme' then
        for r in select p.slug, p.name, p.card_text, p.summary,
                (select string_agg(o.text, ' ' order by o.position) from objective o where o.programme_id = p.id) as objectives
                from programme p where p.id = p_id loop
            perform search_store(p_kind, p_id, 'programme', '/programmes/' || r.slug,
                array['name', 'cardText', 'summary', 'objectives'], array[r.name, r.card_text, r.summary, r.objectives]);
        end loop;
    elsif p_kind = 'project' then
        for r in select p.slug, p.name, p.description from project p where p.id = p_id loop
            perform search_store(p_kind, p_id, 'project', '/projets/' || r.slug,
                array['name', 'description'], array[r.name, search_plain(r.description)]);
        end loop;
    elsif p_kind = 'news' then
        for r in select n.slug, n.title, n.summary, n.body from news_item n where n.id = p_id loop
            perform search_store(p_kind, p_id, 'news', '/actualites/' || r.slug,
                array['title', 'summary', 'body'], array[r.title, r.summary, search_plain(r.body)]);
        end loop;
    elsif p_kind = 'document' then
        for r in select d.id, d.title, d.description, d.sha256, d.file_name,
                (select t.text from document_text t where t.document_id = d.id) as text
                from document d where d.id = p_id loop
            perform search_store(p_kind, p_id, 'document',
                '/documents/' || r.id || '/' || left(r.sha256, 16) || '/' || r.file_name,
                array['title', 'description', 'fileText'], array[r.title, r.description, r.text]);
        end loop;
    elsif p_kind = 'service' then
        for r in select s.title, s.description from service s where s.id = p_id loop
            perform search_store(p_kind, p_id, 'service', '/services',
                array['title', 'description'], array[r.title, r.description]);
        end loop;
    elsif p_kind = 'member' then
        for r in select o.slug, o.name, o.acronym, o.description from organisation o where o.id = p_id loop
            perform search_store(p_kind, p_id, 'organisation', '/membres#' || r.slug,
                array['name', 'acronym', 'description'], array[r.name, r.acronym, search_plain(r.description)]);
        end loop;
    elsif p_kind = 'service_point' then
        for r in select s.name, s.description, s.address, o.name as organisation,
                (select string_agg(z.name, ' ') from zone z where z.id in (s.province_id, s.commune_id)) as places
                from service_point s join organisation o on o.id = s.organisation_id where s.id = p_id loop
            perform search_store(p_kind, p_id, 'service-point', '/trouver-de-l-aide/' || p_id,
                array['name', 'description', 'address', 'organisation', 'places'],
                array[r.name, r.description, r.address, r.organisation, r.places]);
        end loop;
    end if;
end;
$$;

-- Row trigger: tg_argv[0] is the kind, tg_argv[1] the column holding the record's id.
create function search_refresh_row() returns trigger
language plpgsql as $$
declare
    new_id bigint;
    old_id bigint;
begin
    if tg_op <> 'DELETE' then
        new_id := (to_jsonb(new) ->> tg_argv[1])::bigint;
    end if;
    if tg_op <> 'INSERT' then
        old_id := (to_jsonb(old) ->> tg_argv[1])::bigint;
    end if;
    if old_id is not null and old_id is distinct from new_id then
        perform search_refresh(tg_argv[0], old_id);
    end if;
    if new_id is not null then
        perform search_refresh(tg_argv[0], new_id);
    end if;
    return null;
end;
$$;

-- A member's name is also in the rows of its service points.
create function search_refresh_organisation() returns trigger
language plpgsql as $$
declare
    point bigint;
begin
    if tg_op = 'DELETE' then
        perform search_refresh('member', old.id);
        return null;
    end if;
    perform search_refresh('member', new.id);
    if tg_op = 'UPDATE' and new.name is distinct from old.name then
        for point in select id from service_point where organisation_id = new.id loop
            perform search_refresh('service_point', point);
        end loop;
    end if;
    return null;
end;
$$;

-- A translation row refreshes the record it translates.
create function search_refresh_translation() returns trigger
language plpgsql as $$
declare
    kinds constant jsonb := '{"programme": "programme", "project": "project", "news": "news",
        "document": "document", "service": "service", "organisation": "member", "service-point": "service_point"}';
begin
    if tg_op <> 'INSERT' and kinds ? old.entity_type then
        perform search_refresh(kinds ->> old.entity_type, old.entity_id);
    end if;
    if tg_op <> 'DELETE' and kinds ? new.entity_type and (tg_op = 'INSERT'
            or (new.entity_type, new.entity_id) is distinct from (old.entity_type, old.entity_id)) then
        perform search_refresh(kinds ->> new.entity_type, new.entity_id);
    end if;
    return null;
end;
$$;

create trigger programme_search after insert or update or delete on programme
    for each row execute function search_refresh_row('programme', 'id');
create trigger objective_search after insert or update or delete on objective
    for each row execute function search_refresh_row('programme', 'programme_id');
create trigger project_search after insert or update or delete on project
    for each row execute function search_refresh_row('project', 'id');
create trigger news_item_search after insert or update or delete on news_item
    for each row execute function search_refresh_row('news', 'id');
create trigger document_search after insert or update or delete on document
    for each row execute function search_refresh_row('document', 'id');
create trigger document_text_search after insert or update or delete on document_text
    for each row execute function search_refresh_row('document', 'document_id');
create trigger service_search after insert or update or delete on service
    for each row execute function search_refresh_row('service', 'id');
create trigger service_point_search after insert or update or delete on service_point
    for each row execute function search_refresh_row('service_point', 'id');
create trigger organisation_search after insert or update or delete on organisation
    for each row execute function search_refresh_organisation();
create trigger content_translation_search after insert or update or delete on content_translation
    for each row execute function search_refresh_translation();

-- What exists already.
select search_refresh('programme', id) from programme;
select search_refresh('project', id) from project;
select search_refresh('news', id) from news_item;
select search_refresh('document', id) from document;
select search_refresh('service', id) from service;
select search_refresh('member', id) from organisation;
select search_refresh('service_point', id) from service_point;
