-- The media library (issue 14). Images live in PostgreSQL, so that every instance serves the
-- same files and a database backup keeps them. An upload is decoded, turned upright, stripped
-- of every metadata block and stored as renditions (a few widths, WebP and JPEG); the original
-- file is never kept.
create table image (
    id               bigserial                primary key,
    -- random, fixed at upload: the renditions' URLs are /medias/{key}/{width}.{webp|jpg}
    -- and never change, so browsers may cache them for a year
    storage_key      varchar(32)              not null unique,
    original_name    varchar(255)             not null, -- shown to staff only
    width            integer                  not null, -- of the largest rendition
    height           integer                  not null,
    widths           integer[]                not null, -- the renditions' widths, smallest first
    alt_text         varchar(300),            -- required unless decorative
    decorative       boolean                  not null default false,
    caption          varchar(500),
    credit           varchar(200),
    -- people can be recognised in the photo: it may appear on a public page only once their
    -- consent is recorded
    shows_people     boolean                  not null default false,
    consent_recorded boolean                  not null default false,
    uploaded_by      varchar(200),
    created_at       timestamp with time zone not null,
    position         integer                  not null default 0,
    version          integer                  not null default 0,
    updated_at       timestamp with time zone not null
);

create table image_rendition (
    image_id bigint      not null references image (id) on delete cascade,
    width    integer     not null,
    format   varchar(4)  not null, -- webp or jpg
    height   integer     not null,
    bytes    bytea       not null,
    primary key (image_id, width, format)
);

create trigger image_changed after insert or update or delete or truncate on image
    for each statement execute function notify_content_change();
