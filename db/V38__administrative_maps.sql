-- Burundi's two administrative maps. Until the elections of 5 June 2025 the country had 18
-- provinces (the map of 2015, when Rumonge was created); since then it has 5 provinces and 42
-- communes (organic law n°1/05 of 16 March 2023). Zones now say which map they belong to, since
-- when and until when, and communes name their province. The seeded zones stay as they were:
-- they are the provinces of the 2015 map. How old provinces went to new ones is kept in
-- zone_succession, with the confidence of the sources (src/main/resources/zones/SOURCES.md).

alter table zone
    add column map_year   integer,
    add column parent_id  bigint references zone (id),
    add column valid_from date,
    add column valid_to   date,
    add column note       varchar(500),
    add column uncertain  boolean not null default false;

comment on column zone.map_year is '2015 (18 provinces) or 2025 (5 provinces, 42 communes); null for wider scopes';
comment on column zone.valid_to is 'first day the zone no longer exists (exclusive); null while in force';

create index zone_parent_idx on zone (parent_id);

update zone set map_year = 2015, valid_from = date '2015-03-26', valid_to = date '2025-06-05'
where kind = 'PROVINCE';

-- The five provinces of 2025 (the capital in the note)
insert into zone (slug, name, kind, position, map_year, valid_from, note) values
    ('bujumbura-2025', 'Bujumbura', 'PROVINCE', 100, 2025, date '2025-06-05', 'Chef-lieu : Bujumbura'),
    ('buhumuza-2025', 'Buhumuza', 'PROVINCE', 101, 2025, date '2025-06-05', 'Chef-lieu : Cankuzo'),
    ('burunga-2025', 'Burunga', 'PROVINCE', 102, 2025, date '2025-06-05', 'Chef-lieu : Makamba'),
    ('butanyerera-2025', 'Butanyerera', 'PROVINCE', 103, 2025, date '2025-06-05', 'Chef-lieu : Ngozi'),
    ('gitega-2025', 'Gitega', 'PROVINCE', 104, 2025, date '2025-06-05', 'Chef-lieu : Gitega');

-- The 42 communes of 2025, by province. A name only secondary lists give is marked uncertain.
insert into zone (slug, name, kind, position, map_year, valid_from, parent_id, uncertain, note)
select link.slug, link.name, 'COMMUNE', link.position, 2025, date '2025-06-05', province.id, link.uncertain, link.note
from (values
    ('commune-butaganzwa', 'Butaganzwa', 200, false, null, 'buhumuza-2025'),
    ('commune-butihinda', 'Butihinda', 201, false, null, 'buhumuza-2025'),
    ('commune-cankuzo', 'Cankuzo', 202, false, null, 'buhumuza-2025'),
    ('commune-gisagara', 'Gisagara', 203, false, null, 'buhumuza-2025'),
    ('commune-gisuru', 'Gisuru', 204, false, null, 'buhumuza-2025'),
    ('commune-muyinga', 'Muyinga', 205, false, null, 'buhumuza-2025'),
    ('commune-ruyigi', 'Ruyigi', 206, false, null, 'buhumuza-2025'),
    ('commune-bubanza', 'Bubanza', 207, false, null, 'bujumbura-2025'),
    ('commune-bukinanyana', 'Bukinanyana', 208, false, null, 'bujumbura-2025'),
    ('commune-cibitoke', 'Cibitoke', 209, false, null, 'bujumbura-2025'),
    ('commune-isare', 'Isare', 210, false, 'Nom du projet de juin 2022 : Mubimbi', 'bujumbura-2025'),
    ('commune-mpanda', 'Mpanda', 211, false, null, 'bujumbura-2025'),
    ('commune-mugere', 'Mugere', 212, true, 'Nom du projet de juin 2022 : Muha. Nom attesté seulement par des listes secondaires.', 'bujumbura-2025'),
    ('commune-mugina', 'Mugina', 213, false, null, 'bujumbura-2025'),
    ('commune-muhuta', 'Muhuta', 214, false, null, 'bujumbura-2025'),
    ('commune-mukaza', 'Mukaza', 215, false, null, 'bujumbura-2025'),
    ('commune-ntahangwa', 'Ntahangwa', 216, false, null, 'bujumbura-2025'),
    ('commune-rwibaga', 'Rwibaga', 217, false, 'Nom du projet de juin 2022 : Mugongo-Manga', 'bujumbura-2025'),
    ('commune-bururi', 'Bururi', 218, false, null, 'burunga-2025'),
    ('commune-makamba', 'Makamba', 219, false, null, 'burunga-2025'),
    ('commune-matana', 'Matana', 220, false, null, 'burunga-2025'),
    ('commune-musongati', 'Musongati', 221, false, 'Nom du projet de juin 2022 : Mpinga-Kayove', 'burunga-2025'),
    ('commune-nyanza', 'Nyanza', 222, false, 'Nom du projet de juin 2022 : Mabanda', 'burunga-2025'),
    ('commune-rumonge', 'Rumonge', 223, false, null, 'burunga-2025'),
    ('commune-rutana', 'Rutana', 224, false, null, 'burunga-2025'),
    ('commune-busoni', 'Busoni', 225, false, null, 'butanyerera-2025'),
    ('commune-kayanza', 'Kayanza', 226, false, null, 'butanyerera-2025'),
    ('commune-kiremba', 'Kiremba', 227, false, null, 'butanyerera-2025'),
    ('commune-kirundo', 'Kirundo', 228, false, null, 'butanyerera-2025'),
    ('commune-matongo', 'Matongo', 229, false, null, 'butanyerera-2025'),
    ('commune-muhanga', 'Muhanga', 230, false, null, 'butanyerera-2025'),
    ('commune-ngozi', 'Ngozi', 231, false, 'Nom du projet de juin 2022 : Mwumba', 'butanyerera-2025'),
    ('commune-tangara', 'Tangara', 232, false, null, 'butanyerera-2025'),
    ('commune-bugendana', 'Bugendana', 233, false, null, 'gitega-2025'),
    ('commune-gishubi', 'Gishubi', 234, false, null, 'gitega-2025'),
    ('commune-gitega', 'Gitega', 235, false, null, 'gitega-2025'),
    ('commune-karusi', 'Karusi', 236, false, null, 'gitega-2025'),
    ('commune-kiganda', 'Kiganda', 237, false, null, 'gitega-2025'),
    ('commune-muramvya', 'Muramvya', 238, false, null, 'gitega-2025'),
    ('commune-mwaro', 'Mwaro', 239, false, null, 'gitega-2025'),
    ('commune-nyabihanga', 'Nyabihanga', 240, false, null, 'gitega-2025'),
    ('commune-shombo', 'Shombo', 241, false, null, 'gitega-2025')
) as link (slug, name, position, uncertain, note, province_slug)
join zone province on province.slug = link.province_slug;

-- How the 18 provinces of 2015 went to the 5 of 2025. A province split between two new ones has
-- a row for each part; the detail says which communes or zones went where. Rows the sources do
-- not confirm are marked uncertain and must never be shown as fact.
create table zone_succession (
    id             bigserial primary key,
    old_zone_id    bigint       not null references zone (id),
    new_zone_id    bigint       not null references zone (id),
    whole          boolean      not null,
    detail         varchar(500),
    -- high, medium-high, medium, medium-low, low
    confidence     varchar(20)  not null,
    uncertain      boolean      not null default false,
    sources        varchar(100),
    unique (old_zone_id, new_zone_id)
);

create trigger zone_succession_changed after insert or update or delete or truncate on zone_succession
    for each statement execute function notify_content_change();

insert into zone_succession (old_zone_id, new_zone_id, whole, detail, confidence, uncertain, sources)
select old.id, new.id, link.whole, link.detail, link.confidence, link.uncertain, link.sources
from (values
    ('bubanza', 'bujumbura-2025', true, null, 'high', false, 'D4;D6;D7'),
    ('bujumbura-mairie', 'bujumbura-2025', true, 'communes Muha, Mukaza, Ntahangwa (2015 pattern); Mukaza now also holds zone Muyira (ex-Bujumbura Rural?)', 'high', false, 'D4;D6;D13'),
    ('bujumbura-province', 'bujumbura-2025', true, null, 'high', false, 'D4;D6;D7'),
    ('cibitoke', 'bujumbura-2025', true, null, 'high', false, 'D4;D6;D7'),
    ('rumonge', 'bujumbura-2025', false, 'communes Bugarama and Muhuta (which Rumonge had taken from Bujumbura Rural in 2015)', 'high', false, 'D6;D7'),
    ('rumonge', 'burunga-2025', false, 'communes Burambi, Buyengero and Rumonge', 'high', false, 'D8;D9'),
    ('bururi', 'burunga-2025', true, null, 'high', false, 'D8;D9'),
    ('makamba', 'burunga-2025', true, null, 'high', false, 'D8;D9'),
    ('rutana', 'burunga-2025', true, null, 'high', false, 'D8;D9'),
    ('gitega', 'gitega-2025', false, 'whole former province except zone Mahwa', 'high', false, 'D10;D11;D12'),
    ('gitega', 'burunga-2025', false, 'zone Mahwa of commune Ryansoro (es.wikipedia: Mahwa and its four collines)', 'medium', false, 'D8;D12'),
    ('karusi', 'gitega-2025', true, null, 'high', false, 'D10;D11;D12'),
    ('mwaro', 'gitega-2025', true, null, 'high', false, 'D10;D11;D12'),
    ('muramvya', 'gitega-2025', false, 'most of the former province', 'high', false, 'D10;D11;D12'),
    ('muramvya', 'bujumbura-2025', false, 'en.wikipedia = zone Ryarusera + collines Kirama, Kavya, Gatebe (zone Bugarama, commune Muramvya); Le Renouveau 13 Aug 2023 = ''deux collines de Muramvya''', 'medium-low', true, 'D6;D7'),
    ('muramvya', 'butanyerera-2025', false, 'only es.wikipedia says Butanyerera took ''partes de Muramvya''; not confirmed by ABP (which names only Ngozi, Kayanza, Kirundo)', 'low', true, 'D14;D5'),
    ('kayanza', 'butanyerera-2025', true, null, 'high', false, 'D5;D14'),
    ('kirundo', 'butanyerera-2025', true, null, 'high', false, 'D5;D14'),
    ('ngozi', 'butanyerera-2025', true, null, 'high', false, 'D5;D14'),
    ('cankuzo', 'buhumuza-2025', true, null, 'high', false, 'D2;D15;D16'),
    ('muyinga', 'buhumuza-2025', true, null, 'high', false, 'D2;D15;D16'),
    ('ruyigi', 'buhumuza-2025', true, null, 'high', false, 'D2;D15;D16')
) as link (old_slug, new_slug, whole, detail, confidence, uncertain, sources)
join zone old on old.slug = link.old_slug
join zone new on new.slug = link.new_slug;
