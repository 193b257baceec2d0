-- Fills a NEW PPSM database with the volumes of a site after years of use (issue 19): 60
-- programmes, 1 000 projects with phases, results, budget lines and documents, 5 000 news items
-- with cover images, 2 000 documents, 300 organisations, 1 000 service points, 200 000 contact
-- messages with notes, replies and outbox mails, 2 000 000 audit entries. Set-based (one
-- generate_series per table), deterministic (no random()), in one transaction.
--
-- Run by bench/generate.sh, never by hand on a real database: it refuses to run unless the
-- session says so (set ppsm.generate_scale = 'yes') AND the database holds only the seed plus
-- the few samples generate.sh publishes first (one image, one news item, one document).
-- The sample image and document are copied (their renditions, file and thumbnail are real).

\set ON_ERROR_STOP on
\timing off
begin;

do $$
begin
    if coalesce(current_setting('ppsm.generate_scale', true), '') <> 'yes' then
        raise exception 'refused: set ppsm.generate_scale = ''yes'' (bench/generate.sh does) to fill this database';
    end if;
    if (select count(*) from news_item) > 1 or (select count(*) from document) > 1
            or (select count(*) from contact_message) > 0 or (select count(*) from audit_entry) > 1000
            or (select count(*) from project) > 20 or (select count(*) from image) <> 1 then
        raise exception 'refused: this database is not a fresh one (news %, documents %, messages %, audit %, projects %, images %)',
            (select count(*) from news_item), (select count(*) from document), (select count(*) from contact_message),
            (select count(*) from audit_entry), (select count(*) from project), (select count(*) from image);
    end if;
end;
$$;

-- helpers: the communes and provinces of the 2025 map, target groups, the sample image/document
create temporary table g_commune as
    select (row_number() over (order by id))::int - 1 as n, id, parent_id from zone where kind = 'COMMUNE' and map_year = 2025;
create temporary table g_province as
    select (row_number() over (order by id))::int - 1 as n, id from zone where kind = 'PROVINCE' and map_year = 2025;
create temporary table g_group as select (row_number() over (order by id))::int - 1 as n, id from target_group;

-- ------------------------------------------------------------------ organisations (300 in all)
insert into organisation (slug, acronym, name, website, description, parent_id, is_self, position, member,
                          member_since, contact_email, contact_phone, address)
select 'organisation-' || i, 'ORG' || i,
       (array['Association', 'Fondation', 'Réseau', 'Centre', 'Collectif', 'Union'])[1 + i % 6]
           || ' ' || (array['pour la paix', 'des femmes', 'de la jeunesse', 'pour l''écoute', 'des familles',
                            'pour la santé mentale', 'des rapatriés', 'pour l''enfance'])[1 + i % 8] || ' n° ' || i,
       case when i % 3 = 0 then 'https://org' || i || '.example.org' end,
       'Organisation partenaire active dans ' || (1 + i % 18) || ' communes.',
       null, false, 100 + i, i % 2 = 0, case when i % 2 = 0 then 2010 + i % 15 end,
       case when i % 2 = 0 then 'contact' || i || '@org.example.org' end,
       case when i % 2 = 0 then '+257 22 ' || lpad((i * 37 % 100)::text, 2, '0') || ' ' || lpad((i % 100)::text, 2, '0') end,
       case when i % 2 = 0 then 'Avenue ' || i || ', Bujumbura' end
from generate_series(1, (300 - (select count(*) from organisation))::int) i;
update organisation o set parent_id = p.id
from organisation p where o.slug like 'organisation-%' and p.slug = 'organisation-' || (split_part(o.slug, '-', 2)::int / 10)
  and split_part(o.slug, '-', 2)::int % 10 = 5 and split_part(o.slug, '-', 2)::int >= 10;
create temporary table g_org as select (row_number() over (order by id))::int - 1 as n, id from organisation where not is_self;

-- ------------------------------------------------------------------ programmes (60 in all)
insert into programme (slug, name, card_text, summary, start_date, start_precision, end_date, end_precision,
                       projects_note, position, published)
select 'programme-' || i, 'Programme ' || i || ' : ' || (array['écoute communautaire', 'protection', 'résilience',
           'réintégration', 'soutien scolaire', 'santé mentale'])[1 + i % 6],
       'Un programme de la plateforme dans ' || (3 + i % 10) || ' provinces.',
       'Le programme ' || i || ' soutient les personnes et les communautés par l''écoute, l''orientation et l''accompagnement. '
           || repeat('Il forme des agents psychosociaux et travaille avec les autorités locales. ', 3),
       make_date(2012 + i % 12, 1 + i % 12, 1), 'MONTH', make_date(2027 + i % 5, 12, 31), 'YEAR',
       null, 10 + i, i % 10 <> 0
from generate_series(1, (60 - (select count(*) from programme))::int) i;
create temporary table g_prog as select (row_number() over (order by id))::int - 1 as n, id from programme;

insert into objective (programme_id, text, position)
select p.id, 'Objectif ' || k || ' du programme', k from programme p, generate_series(1, 3) k where p.slug like 'programme-%';
insert into programme_zone (programme_id, zone_id)
select distinct p.id, c.id from g_prog p join g_commune c on c.n in (p.n % 42, (p.n * 7 + 3) % 42, (p.n * 13 + 5) % 42)
where not exists (select 1 from programme_zone z where z.programme_id = p.id);
-- ordered lists (organisations, target groups, sectors) count their position from 1
insert into programme_target_group (programme_id, target_group_id, position)
select p.id, g.id, row_number() over (partition by p.id order by g.n)
from g_prog p join g_group g on g.n in (p.n % 16, (p.n + 5) % 16)
where not exists (select 1 from programme_target_group t where t.programme_id = p.id);
insert into programme_organisation (programme_id, organisation_id, role, position)
select p.id, o.id, case when o.n % 3 = 0 then 'FUNDER' else 'PARTNER' end, row_number() over (partition by p.id order by o.n)
from g_prog p join g_org o on o.n in (p.n * 5 % 299, (p.n * 5 + 1) % 299)
where not exists (select 1 from programme_organisation x where x.programme_id = p.id);
insert into programme_sector (programme_id, code, percentage, position)
select p.id, '12340', null, 1 from g_prog p where not exists (select 1 from programme_sector s where s.programme_id = p.id);

-- ------------------------------------------------------------------ projects (1 000 in all)
insert into project (programme_id, slug, name, status, description, start_date, start_precision, end_date,
                     end_precision, position, published, code, short_name, background, expected_results)
select (select id from g_prog where n = i % 60), 'projet-' || i,
       (array['Écoute', 'Appui', 'Accompagnement', 'Cercles', 'Relais', 'Formation'])[1 + i % 6] || ' '
           || (array['des familles', 'des enfants', 'des rapatriés', 'des femmes', 'des jeunes', 'des enseignants'])[1 + (i / 6) % 6]
           || ' à ' || (select name from zone z join g_commune c on c.id = z.id where c.n = i % 42) || ' (' || i || ')',
       (array['PLANNED', 'ONGOING', 'ONGOING', 'FINISHED'])[1 + i % 4],
       'Le projet ' || i || ' accompagne les personnes touchées par les crises. ' || repeat('Des séances d''écoute ont lieu chaque semaine. ', 4),
       make_date(2015 + i % 10, 1 + i % 12, 1 + i % 28), 'DAY', make_date(2026 + i % 4, 1 + i % 12, 1), 'MONTH',
       i, i % 10 <> 0, 'P-' || lpad(i::text, 4, '0'), 'Projet ' || i,
       'Contexte du projet ' || i || '.', 'Résultats attendus du projet ' || i || '.'
from generate_series(1, (1000 - (select count(*) from project))::int) i;
create temporary table g_proj as
    select (row_number() over (order by id))::int - 1 as n, id, programme_id from project where slug like 'projet-%';

insert into project_programme (project_id, programme_id)
select p.id, (select id from g_prog where n = (p.n + 7) % 60) from g_proj p where p.n % 5 = 0;
insert into project_zone (project_id, zone_id)
select distinct p.id, c.id from g_proj p join g_commune c on c.n in (p.n % 42, (p.n * 11 + 1) % 42);
insert into project_target_group (project_id, target_group_id, position)
select p.id, g.id, row_number() over (partition by p.id order by g.n)
from g_proj p join g_group g on g.n in (p.n % 16, (p.n * 3 + 1) % 16);
insert into project_organisation (project_id, organisation_id, role, position)
select p.id, o.id, case when k = 0 then 'FUNDER' else 'PARTNER' end, k + 1
from g_proj p cross join generate_series(0, 1) k join g_org o on o.n = (p.n * 3 + k * 101) % 299;
insert into project_sector (project_id, code, percentage, position)
select p.id, (array['12340', '15160', '16010', '11220'])[1 + p.n % 4], null, 1 from g_proj p;
insert into project_phase (project_id, name, status, start_date, start_precision, end_date, end_precision, position)
select p.id, 'Phase ' || k, case when k = 1 then 'FINISHED' else 'ONGOING' end,
       make_date(2016 + k * 3 + p.n % 3, 1, 1), 'YEAR', make_date(2018 + k * 3 + p.n % 3, 12, 31), 'YEAR', k
from g_proj p, generate_series(1, 2) k;
insert into budget_line (project_id, kind, amount, currency, phase_id, funder_id, start_date, start_precision,
                         end_date, end_precision, position)
select p.id, kind, (50000 + p.n * 1000) * f, case when p.n % 3 = 0 then 'EUR' else 'USD' end,
       (select min(id) from project_phase ph where ph.project_id = p.id),
       case when kind = 'FUNDER_SHARE' then (select id from g_org where n = p.n * 3 % 299) end,
       make_date(2016 + p.n % 3, 1, 1), 'YEAR', make_date(2018 + p.n % 3, 12, 31), 'YEAR', pos
from g_proj p, (values ('TOTAL', 1.0, 0), ('FUNDER_SHARE', 0.6, 1), ('DISBURSED', 0.4, 2)) b(kind, f, pos);
insert into key_result (programme_id, project_id, theme, statement, achieved_value, expected_value, unit, position,
                        baseline_value, baseline_year, result_type)
select p.programme_id, p.id, 'Écoute', 'Personnes accompagnées (résultat ' || k || ')', 100 + p.n % 400, 500, 'personnes', k,
       0, 2018, '1'
from g_proj p, generate_series(1, 3) k;
insert into key_result_period (key_result_id, label, start_date, start_precision, end_date, end_precision,
                               baseline_value, target_value, actual_value, position)
select r.id, y::text, make_date(y, 1, 1), 'YEAR', make_date(y, 12, 31), 'YEAR', 0, 250, 50 + r.id % 200, y - 2022
from key_result r join g_proj p on p.id = r.project_id, generate_series(2023, 2024) y;

-- ------------------------------------------------------------------ images: the sample photo, copied
-- (8 images in all, each with the real renditions of the uploaded sample)
insert into image (storage_key, original_name, width, height, widths, alt_text, decorative, caption, credit,
                   shows_people, consent_recorded, uploaded_by, created_at, updated_at)
select md5('scale-image-' || i), 'photo-' || i || '.jpg', s.width, s.height, s.widths,
       'Photo de terrain n° ' || i, false, 'Activité de terrain ' || i, 'PPSM', false, false, s.uploaded_by,
       now() - i * interval '1 day', now()
from (select * from image order by id limit 1) s, generate_series(1, 7) i;
insert into image_rendition (image_id, width, format, height, bytes)
select i.id, r.width, r.format, r.height, r.bytes
from image i cross join (select * from image_rendition where image_id = (select min(id) from image)) r
where i.original_name like 'photo-%';
create temporary table g_image as select (row_number() over (order by id))::int - 1 as n, id from image;

-- ------------------------------------------------------------------ news (5 000 in all)
-- 85 % published over the last eight years, 5 % scheduled, 6 % drafts, 4 % expired
insert into news_item (slug, title, summary, body, cover_image_id, publish_at, unpublish_at, created_by, updated_by,
                       created_at, updated_at)
select 'actualite-' || i,
       (array['Des cercles d''écoute', 'Une formation', 'Une visite', 'Un atelier', 'Une campagne'])[1 + i % 5]
           || ' ' || (array['à Gitega', 'à Ngozi', 'à Bujumbura', 'à Muyinga', 'à Rumonge', 'à Kirundo'])[1 + (i / 5) % 6] || ' (' || i || ')',
       'Résumé de l''actualité ' || i || ' : des personnes ont été accueillies, écoutées et orientées.',
       repeat('Les agents psychosociaux ont animé des **séances** dans les collines. ', 8),
       (select id from g_image where n = i % 8),
       case when i % 100 < 85 then now() - (i * interval '13 hours')
            when i % 100 < 90 then now() + (i % 60 + 1) * interval '1 day'
            when i % 100 < 96 then null
            else now() - interval '400 days' end,
       case when i % 100 >= 96 then now() - interval '30 days' end,
       'redaction@ppsm.test', 'redaction@ppsm.test', now() - (i * interval '13 hours'), now() - (i * interval '13 hours')
from generate_series(1, (5000 - (select count(*) from news_item))::int) i;
insert into news_programme (news_id, programme_id)
select ni.id, (select id from g_prog where n = ni.id % 60) from news_item ni where ni.slug like 'actualite-%';
insert into news_project (news_id, project_id)
select ni.id, (select id from g_proj where n = ni.id % 990) from news_item ni where ni.slug like 'actualite-%' and ni.id % 2 = 0;

-- ------------------------------------------------------------------ documents (2 000 in all)
insert into document (title, description, category, language, document_date, published, file_type, file_name,
                      content_type, size_bytes, sha256, thumbnail_width, thumbnail_height, uploaded_by, created_at, updated_at)
select (array['Rapport annuel', 'Rapport de projet', 'Étude', 'Évaluation', 'Guide', 'Note'])[1 + i % 6] || ' n° ' || i,
       'Document de la plateforme n° ' || i || '.',
       (array['RAPPORT_ANNUEL', 'RAPPORT_PROJET', 'ETUDE', 'EVALUATION', 'GUIDE_OUTIL', 'AUTRE'])[1 + i % 6],
       (array['FR', 'FR', 'EN', 'RN'])[1 + i % 4], make_date(2012 + i % 14, 1 + i % 12, 1 + i % 28), i % 10 <> 0,
       s.file_type, 'document-' || i || '.pdf', s.content_type, s.size_bytes, encode(sha256(('doc' || i)::bytea), 'hex'),
       s.thumbnail_width, s.thumbnail_height, s.uploaded_by, now() - i * interval '1 day', now()
from (select * from document order by id limit 1) s, generate_series(1, (2000 - (select count(*) from document))::int) i;
insert into document_file (document_id, bytes)
select d.id, (select bytes from document_file order by document_id limit 1) from document d where d.file_name like 'document-%';
insert into document_thumbnail (document_id, jpeg)
select d.id, t.jpeg from document d, (select jpeg from document_thumbnail order by document_id limit 1) t
where d.file_name like 'document-%';
insert into document_project (document_id, project_id)
select d.id, (select id from g_proj where n = d.id % 990) from document d where d.file_name like 'document-%' and d.id % 2 = 0;
insert into document_programme (document_id, programme_id)
select d.id, (select id from g_prog where n = d.id % 60) from document d where d.file_name like 'document-%' and d.id % 2 = 1;

-- ------------------------------------------------------------------ directory: 1 000 service points
insert into ppsm_branch (name, province_id, address, phone, position)
select 'Antenne ' || i, (select id from g_province where n = i % (select count(*) from g_province)),
       'Chef-lieu de province', '+257 22 00 00 ' || lpad(i::text, 2, '0'), i
from generate_series(1, 6) i where not exists (select 1 from ppsm_branch);
insert into service_point (organisation_id, name, description, services, audiences, languages, province_id, commune_id,
                           address, latitude, longitude, phone, email, opening_hours, open_days, opens_at, closes_at,
                           free, referral_needed, published, verified_on, position)
select (select id from g_org where n = i % 299), 'Point d''écoute ' || i,
       'Accueil, écoute et orientation des personnes en détresse.',
       array[(array['PSYCHOLOGICAL_FIRST_AID', 'PSYCHOSOCIAL_SUPPORT', 'SPECIALISED_CARE', 'CHILD_PROTECTION',
                    'SURVIVOR_SUPPORT', 'COMMUNITY_ACTIVITIES', 'REFERRAL'])[1 + i % 7], 'PSYCHOSOCIAL_SUPPORT']::varchar[],
       array[(array['CHILDREN', 'ADOLESCENTS', 'WOMEN', 'MEN', 'FAMILIES', 'ELDERLY', 'RETURNEES_AND_REFUGEES',
                    'PERSONS_WITH_DISABILITIES'])[1 + i % 8]]::varchar[],
       array['KIRUNDI', 'FRENCH']::varchar[], c.parent_id, c.id, 'Colline ' || i || ', près du marché',
       -3.0 - (i % 100) / 80.0, 29.5 + (i % 100) / 60.0, '+257 79 ' || lpad((i % 100)::text, 2, '0') || ' 00 00', null,
       'Du lundi au vendredi', array['MO', 'TU', 'WE', 'TH', 'FR']::varchar[], time '08:00', time '16:00',
       true, i % 5 = 0, i % 10 <> 0, current_date - (i % 500), i
from generate_series(1, 1000) i join g_commune c on c.n = i % 42;

-- ------------------------------------------------------------------ contact messages (200 000)
-- over three years; most answered or archived, a few hundred new, 5 % spam
insert into contact_message (sender_name, email, phone, subject, body, language, priority, status, spam_reason,
                             client_address, read_at, assigned_to, ack_message_id, created_at, updated_at)
select 'Personne ' || i, 'personne' || (i % 50000) || '@exemple.bi', case when i % 3 = 0 then '+257 79 00 ' || lpad((i % 100)::text, 2, '0') || ' 00' end,
       (array['INFORMATION', 'PARTNERSHIP', 'MEMBERSHIP', 'SUPPORT', 'PRESS', 'OTHER'])[1 + i % 6],
       'Bonjour, ' || repeat('je voudrais savoir comment obtenir un accompagnement pour ma famille. ', 1 + i % 4) || 'Merci.',
       (array['fr', 'fr', 'rn', 'en'])[1 + i % 4], i % 50 = 0, st,
       case when st = 'SPAM' then 'LINKS' end, '10.' || (i % 250) || '.' || (i / 250 % 250) || '.1',
       case when st <> 'NEW' then at + interval '2 hours' end,
       case when st in ('IN_PROGRESS', 'ANSWERED') then (select min(id) from staff_account) end,
       '<ack-' || i || '@ppsm.test>', at, at + interval '1 day'
from (select i, now() - (200000 - i) * interval '8 minutes' as at,
             case when i > 199700 then 'NEW' when i > 199000 then 'IN_PROGRESS' when i % 20 = 0 then 'SPAM'
                  when i % 3 = 0 then 'ARCHIVED' else 'ANSWERED' end as st
      from generate_series(1, 200000) i) m;
insert into message_note (message_id, author, body, created_at)
select m.id, 'Accueil', 'Appelé la personne, rendez-vous fixé.', m.created_at + interval '3 hours'
from contact_message m where m.status in ('ANSWERED', 'IN_PROGRESS') and m.id % 2 = 0;
insert into outbox_mail (kind, recipient, reply_to, subject, body, message_id_header, status, attempts, next_attempt_at,
                         sent_at, created_at, message_id)
select 'ACKNOWLEDGEMENT', m.email, null, 'Nous avons bien reçu votre message', 'Merci, nous vous répondrons.',
       m.ack_message_id, 'SENT', 1, m.created_at, m.created_at + interval '1 minute', m.created_at, m.id
from contact_message m where m.status <> 'SPAM'
union all
select 'NOTIFICATION', 'accueil@ppsm.test', m.email, 'Nouveau message', 'Un message est arrivé.',
       '<notif-' || m.id || '@ppsm.test>', 'SENT', 1, m.created_at, m.created_at + interval '1 minute', m.created_at, m.id
from contact_message m where m.status <> 'SPAM'
union all
select 'REPLY', m.email, null, 'Re: votre message', 'Bonjour, voici notre réponse.', '<reply-' || m.id || '@ppsm.test>',
       'SENT', 1, m.updated_at, m.updated_at, m.updated_at, m.id
from contact_message m where m.status = 'ANSWERED';
update outbox_mail set author = 'accueil@ppsm.test', in_reply_to = '<ack-' || message_id || '@ppsm.test>'
where kind = 'REPLY';

-- ------------------------------------------------------------------ audit log (2 000 000 entries)
insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, entity_label, changed_fields)
select now() - (2000000 - i) * interval '45 seconds',
       (array['redaction@ppsm.test', 'accueil@ppsm.test', 'admin@ppsm.test', 'suivi@ppsm.test', 'com@ppsm.test'])[1 + i % 5],
       (array['UPDATE', 'UPDATE', 'READ', 'CREATE', 'REPLY', 'DELETE', 'EXPORT'])[1 + i % 7],
       (array['news', 'project', 'message', 'programme', 'document', 'image', 'service_point', 'organisation'])[1 + i % 8],
       (1 + i % 5000)::text, 'Élément ' || (1 + i % 5000),
       case when i % 7 < 2 then 'title, summary' end
from generate_series(1, 2000000) i;

-- the IATI files are published once the settings give the organisation's identifier
update site_settings set iati_identifier = coalesce(iati_identifier, 'XM-DAC-PPSM-1');

commit;

analyze;

select what, count from (
select 1 as n, 'programmes' as what, count(*) from programme
union all select 2, 'projects', count(*) from project
union all select 3, 'project phases', count(*) from project_phase
union all select 4, 'budget lines', count(*) from budget_line
union all select 5, 'key results', count(*) from key_result
union all select 6, 'result periods', count(*) from key_result_period
union all select 7, 'news items', count(*) from news_item
union all select 8, 'images', count(*) from image
union all select 9, 'documents', count(*) from document
union all select 10, 'organisations', count(*) from organisation
union all select 11, 'service points', count(*) from service_point
union all select 12, 'contact messages', count(*) from contact_message
union all select 13, 'message notes', count(*) from message_note
union all select 14, 'outbox mails', count(*) from outbox_mail
union all select 15, 'audit entries', count(*) from audit_entry) volumes order by n;
