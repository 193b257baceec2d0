-- News items (issue 14): a dated text tied to programmes and projects, with an optional cover
-- image of the media library. publish_at null is a draft; a publish_at in the future is a
-- scheduled item; unpublish_at, when set, takes it off the site again. Visitors see an item
-- only between the two.
create table news_item (
    id             bigserial    primary key,
    slug           varchar(120) not null unique,
    title          varchar(200) not null,
    summary        varchar(300) not null, -- plain text: cards, feeds and sharing
    body           text         not null, -- Markdown
    cover_image_id bigint references image (id),
    publish_at     timestamptz,
    unpublish_at   timestamptz,
    created_by     varchar(200),
    updated_by     varchar(200),
    created_at     timestamptz  not null default now(),
    position       integer      not null default 0,
    version        integer      not null default 0,
    updated_at     timestamptz  not null default now()
);

create index news_item_publish_idx on news_item (publish_at desc);
create index news_item_unpublish_idx on news_item (unpublish_at) where unpublish_at is not null;
create index news_item_cover_idx on news_item (cover_image_id);

create table news_programme (
    news_id      bigint not null references news_item (id) on delete cascade,
    programme_id bigint not null references programme (id) on delete cascade,
    primary key (news_id, programme_id)
);

create index news_programme_programme_idx on news_programme (programme_id);

create table news_project (
    news_id    bigint not null references news_item (id) on delete cascade,
    project_id bigint not null references project (id) on delete cascade,
    primary key (news_id, project_id)
);

create index news_project_project_idx on news_project (project_id);

do $$
declare
    t text;
begin
    foreach t in array array['news_item', 'news_programme', 'news_project']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function notify_content_change()', t || '_changed', t);
    end loop;
end;
$$;
