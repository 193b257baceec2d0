-- Content of the PPSM public site, taken from the French source text of the site
-- (programmes, projects, organisations, zones, key results and the lists of the home page).
-- Foreign keys are looked up by slug (or by name for target groups), never by id.
-- Thousands separators and the space before "%" in key-result statements are narrow
-- no-break spaces (U+202F), as in French typography.

-- Zones: the 18 provinces named by the Protection de l'enfance programme, in alphabetical order
insert into zone (slug, name, kind, position) values
    ('bubanza',            'Bubanza',            'PROVINCE', 1),
    ('bujumbura-mairie',   'Bujumbura Mairie',   'PROVINCE', 2),
    ('bujumbura-province', 'Bujumbura Province', 'PROVINCE', 3),
    ('bururi',             'Bururi',             'PROVINCE', 4),
    ('cankuzo',            'Cankuzo',            'PROVINCE', 5),
    ('cibitoke',           'Cibitoke',           'PROVINCE', 6),
    ('gitega',             'Gitega',             'PROVINCE', 7),
    ('karusi',             'Karusi',             'PROVINCE', 8),
    ('kayanza',            'Kayanza',            'PROVINCE', 9),
    ('kirundo',            'Kirundo',            'PROVINCE', 10),
    ('makamba',            'Makamba',            'PROVINCE', 11),
    ('muramvya',           'Muramvya',           'PROVINCE', 12),
    ('muyinga',            'Muyinga',            'PROVINCE', 13),
    ('mwaro',              'Mwaro',              'PROVINCE', 14),
    ('ngozi',              'Ngozi',              'PROVINCE', 15),
    ('rumonge',            'Rumonge',            'PROVINCE', 16),
    ('rutana',             'Rutana',             'PROVINCE', 17),
    ('ruyigi',             'Ruyigi',             'PROVINCE', 18);

-- Zones: the wider scopes of intervention
insert into zone (slug, name, kind, position) values
    ('toutes-les-provinces', 'Toutes les provinces',   'ALL_PROVINCES', 19),
    ('national',             'Échelle nationale',      'NATIONAL',      20),
    ('regional',             'Échelle régionale',      'REGIONAL',      21),
    ('international',        'Échelle internationale', 'INTERNATIONAL', 22);

-- Organisations: PPSM itself, the funders and the partners
insert into organisation (slug, acronym, name, website, description, is_self, position) values
    ('ppsm',    'PPSM',   'Plateforme des Intervenants en Psychosocial et Santé Mentale', null, null, true, 1),
    ('unicef',  'UNICEF', 'Fonds des Nations Unies pour l''enfance', 'https://www.unicef.org/burundi', null, false, 2),
    ('giz',     'GIZ',    'Deutsche Gesellschaft für Internationale Zusammenarbeit', 'https://www.giz.de', null, false, 3);

-- Organisations: the social-cohesion programme of the GIZ, a part of the GIZ
insert into organisation (slug, acronym, name, website, description, parent_id, is_self, position) values
    ('giz-cohesion-sociale', null, 'Programme de cohésion sociale de la GIZ', null, null,
     (select id from organisation where slug = 'giz'), false, 4);

-- Organisations: the other funders and partners
insert into organisation (slug, acronym, name, website, description, is_self, position) values
    ('pplm',                           'PPLM',    'Pain pour le Monde', 'https://www.brot-fuer-die-welt.de', null, false, 5),
    ('cocafem',                        'COCAFEM', 'COCAFEM', null, null, false, 6),
    ('universite-du-burundi',          null,      'Université du Burundi', 'https://ub.edu.bi', null, false, 7),
    ('universite-du-lac-tanganyika',   null,      'Université du Lac Tanganyika', null, null, false, 8),
    ('alliance-strategique-plaidoyer', null,      'Alliance stratégique pour le Plaidoyer', null, null, false, 9);

-- Target groups: the four site-wide groups of the "Groupes cibles" list
insert into target_group (name, featured, position) values
    ('Les associations membres',      true, 1),
    ('Les écoles',                    true, 2),
    ('Les institutions sociales',     true, 3),
    ('Les structures communautaires', true, 4);

-- Target groups: every distinct target of the programmes, in order of first appearance
insert into target_group (name, featured, position) values
    ('Organisations membres et partenaires de la PPSM', false, 5),
    ('Structures communautaires de base', false, 6),
    ('Relais communautaires', false, 7),
    ('Intervenants communautaires', false, 8),
    ('Personnes rapatriées et résidentes présentant des problèmes psychosociaux et de santé mentale', false, 9),
    ('Personnes (enfants et adultes) en détresse psychologique', false, 10),
    ('Décideurs', false, 11),
    ('PPSM', false, 12),
    ('Victimes de violences basées sur le genre', false, 13),
    ('Public', false, 14),
    ('Partenaires au développement', false, 15),
    ('Intervenants en SMSPS', false, 16);

-- Programmes: the six programmes, in the order of the site
insert into programme (slug, name, card_text, summary, start_date, start_precision, end_date, end_precision, projects_note, position, published) values
    ('renforcement-des-capacites',
     'Renforcement des capacités',
     'Ce programme renforce les structures communautaires et les intervenants en soutien psychosocial, tout en soutenant les organisations partenaires.',
     'La Plateforme des Intervenants en Psychosocial et Santé Mentale (PPSM) a placé le renforcement de capacité au centre de son action, notamment pour doter les structures de base communautaires des mécanismes de prise en charge psychosociale, consolider les connaissances des intervenants en appui psychosocial et, enfin, fortifier les organisations membres et partenaires en appui institutionnel.',
     date '2017-01-01', 'YEAR', null, null, null, 1, true),
    ('rapatriement',
     'Rapatriement',
     'Renforce la cohésion sociale et la résilience psychosociale des rapatriés et de leur entourage vulnérable.',
     'Le programme de Rapatriement vise à contribuer au renforcement de la cohésion sociale et à la résilience psychosociale des rapatriés et résidents vulnérables. Il comprend des projets tels que Projet Isange et Projet Tura Utuze, visant à fournir une assistance psychosociale aux personnes concernées, notamment dans les provinces du centre, de l''est, du sud et de l''ouest du Burundi. L''assistance fournie par ce programme a démontré une valeur ajoutée significative en renforçant l''implication des structures communautaires et en sensibilisant aux problèmes psychosociaux et de santé mentale.',
     date '2020-04-01', 'MONTH', date '2025-03-30', 'DAY', null, 2, true),
    ('protection-de-l-enfance',
     'Protection de l''enfance',
     'Renforce la protection de l''enfance par une prise en charge psychosociale et des services de soutien pour les enfants en détresse.',
     'Depuis 2014, la PPSM s''est engagée dans la protection de l''enfance à travers le renforcement des structures de prise en charge psychosociale au niveau basique. Elle a travaillé dans toutes les provinces du Burundi, mobilisant des organisations à base communautaire et des relais communautaires pour offrir des services de soutien psychosocial et de santé mentale. Plus d''un million d''enfants ont bénéficié de cette assistance, et la coordination des efforts entre les différents acteurs a été facilitée par la PPSM.',
     date '2014-01-01', 'YEAR', null, null, null, 3, true),
    ('promotion-et-defense-des-droits',
     'Promotion et défense des droits',
     null,
     'La santé mentale reste une préoccupation au Burundi, souvent moins comprise et parfois ignorée. La PPSM mène des actions de lobbying et de plaidoyer pour influencer les décideurs à intégrer tous les aspects holistiques de la prise en charge des personnes en détresse psychologique dans les politiques sanitaires. Depuis 2012, la PPSM coordonne les initiatives visant à promouvoir la santé mentale et le bien-être, organisant des ateliers nationaux et régionaux et participant à des actions gouvernementales et partenariales.',
     date '2012-01-01', 'YEAR', null, null, 'Projet en cours (activités ponctuelles)', 4, true),
    ('genre-et-developpement',
     'Genre et développement',
     'Promeut l''intégration du genre dans les organisations et programmes, prévient les violences basées sur le genre et renforce la résilience des survivants.',
     'La PPSM s''engage dans la problématique des inégalités de genre en renforçant les capacités des organisations locales et en soutenant les victimes de violences basées sur le genre. Depuis 2021, le programme a pris en charge plus de 1130 victimes et sensibilisé plus de 5000 personnes. Il vise également à autonomiser financièrement les femmes vulnérables et à promouvoir une société égalitaire entre hommes et femmes.',
     date '2021-01-01', 'YEAR', null, null, null, 5, true),
    ('education-information-communication',
     'Éducation, information et communication',
     'Sensibilise sur la santé mentale, accroît la visibilité de la PPSM et encourage l''intégration de la santé mentale dans les politiques sanitaires.',
     'Le secteur de la santé mentale est peu médiatisé au Burundi, ce qui entraîne souvent une incompréhension des maladies mentales et le recours à des pratiques traditionnelles. Le programme Éducation, information et communication de la PPSM vise à sensibiliser la population sur les problèmes de santé mentale, à accroître la visibilité de la PPSM et à influencer les décideurs pour intégrer la santé mentale dans les politiques sanitaires.',
     date '2021-01-01', 'YEAR', null, null, 'Projet en cours', 6, true);

-- Objectives: Renforcement des capacités
insert into objective (programme_id, text, position) values
    ((select id from programme where slug = 'renforcement-des-capacites'), 'Doter les structures de base communautaires des mécanismes de prise en charge psychosociale', 1),
    ((select id from programme where slug = 'renforcement-des-capacites'), 'Consolider les connaissances des intervenants en appui psychosocial', 2),
    ((select id from programme where slug = 'renforcement-des-capacites'), 'Fortifier les organisations membres et partenaires en appui institutionnel', 3);

-- Objectives: Rapatriement
insert into objective (programme_id, text, position) values
    ((select id from programme where slug = 'rapatriement'), 'Contribuer au renforcement de la cohésion sociale et résilience psychosociale des rapatriés et résidents vulnérables ainsi que de leur entourage', 1);

-- Objectives: Protection de l'enfance
insert into objective (programme_id, text, position) values
    ((select id from programme where slug = 'protection-de-l-enfance'), 'Contribuer au renforcement des structures de protection de l''enfance au niveau basique en matière de prise en charge psychosociale', 1),
    ((select id from programme where slug = 'protection-de-l-enfance'), 'Appuyer la coordination, la gestion des connaissances et le renforcement des organisations à base communautaire', 2),
    ((select id from programme where slug = 'protection-de-l-enfance'), 'Fournir des services de soutien psychosocial semi-spécialisé aux enfants en détresse psychologique', 3);

-- Objectives: Promotion et défense des droits, one general objective and its four specific ones
with general as (
    insert into objective (programme_id, parent_id, text, position)
    values ((select id from programme where slug = 'promotion-et-defense-des-droits'), null,
            'Promouvoir et plaider sur les droits et les intérêts des groupes cibles de la PPSM et ses organisations membres', 1)
    returning id, programme_id
)
insert into objective (programme_id, parent_id, text, position)
select general.programme_id, general.id, specific.text, specific.position
from general
cross join (values
    ('Contribuer à la vulgarisation du secteur et des besoins de la santé mentale', 1),
    ('Contribuer au respect des droits des personnes ayant des troubles psychosociaux et/ou mentaux', 2),
    ('Plaider pour rendre disponibles les services psychosociaux et les soins mentaux aux nécessiteux', 3),
    ('Professionnaliser le métier des psychologues', 4)
) as specific (text, position);

-- Objectives: Genre et développement
insert into objective (programme_id, text, position) values
    ((select id from programme where slug = 'genre-et-developpement'), 'Contribuer à l''intégration du genre au sein de la PPSM, ses organisations membres et partenaires, dans ses programmes et projets et institutions publiques', 1),
    ((select id from programme where slug = 'genre-et-developpement'), 'Participer à la prévention des violences basées sur le genre et à la résilience psychosociale des survivants et survivantes', 2),
    ((select id from programme where slug = 'genre-et-developpement'), 'Contribuer à l''autonomisation financière des femmes de différentes vulnérabilités psychosociales', 3);

-- Objectives: Éducation, information et communication
insert into objective (programme_id, text, position) values
    ((select id from programme where slug = 'education-information-communication'), 'Conscientiser la population sur les problèmes de santé mentale', 1),
    ((select id from programme where slug = 'education-information-communication'), 'Élever d''une manière significative le niveau de visibilité de la PPSM', 2),
    ((select id from programme where slug = 'education-information-communication'), 'Accroître le niveau d''appropriation des objectifs de la PPSM à tous les niveaux', 3),
    ((select id from programme where slug = 'education-information-communication'), 'Faciliter la collaboration entre acteurs et la synergie d''actions', 4),
    ((select id from programme where slug = 'education-information-communication'), 'Influencer les décideurs à intégrer les aspects de la santé mentale dans les politiques sanitaires', 5);

-- Projects of the Rapatriement programme
insert into project (programme_id, slug, name, status, description, position, published) values
    ((select id from programme where slug = 'rapatriement'), 'isange',
     'Projet Isange', 'FINISHED',
     'Projet terminé du programme Rapatriement, financé par le Programme de cohésion sociale de la GIZ, à Bujumbura Mairie et à Makamba.',
     1, true),
    ((select id from programme where slug = 'rapatriement'), 'tura-utuze',
     'Tura Utuze : prise en charge psychosociale et renforcement de la cohésion entre rapatriés et résidents', 'ONGOING',
     'Projet du programme Rapatriement, financé par Pain pour le Monde, à Gitega, Rutana et Ruyigi : la phase I est terminée, la phase II est en cours. Il compte aussi parmi les projets du programme Renforcement des capacités.',
     2, true);

-- Phases of the Tura Utuze project
insert into project_phase (project_id, name, status, position) values
    ((select id from project where slug = 'tura-utuze'), 'Phase I',  'FINISHED', 1),
    ((select id from project where slug = 'tura-utuze'), 'Phase II', 'ONGOING',  2);

-- Projects of the Protection de l'enfance programme, all funded by UNICEF
insert into project (programme_id, slug, name, status, description, position, published) values
    ((select id from programme where slug = 'protection-de-l-enfance'), 'ecoles-espaces-amis-des-enfants',
     'Écoles et espaces amis des enfants comme zones de paix pour le bien-être psychosocial', 'FINISHED',
     'Projet terminé du programme Protection de l''enfance, financé par l''UNICEF, dans toutes les provinces. Il compte aussi parmi les projets du programme Renforcement des capacités.',
     1, true),
    ((select id from programme where slug = 'protection-de-l-enfance'), 'familles-et-communautes',
     'Familles et communautés pour le bien-être psychosocial de l''enfant', 'FINISHED',
     'Projet terminé du programme Protection de l''enfance, financé par l''UNICEF, dans toutes les provinces. Il compte aussi parmi les projets du programme Renforcement des capacités.',
     2, true),
    ((select id from programme where slug = 'protection-de-l-enfance'), 'riposte-ebola',
     'Prévention et riposte aux conséquences psychosociales de la Maladie à Virus Ebola (MVE)', 'FINISHED',
     'Projet terminé du programme Protection de l''enfance, financé par l''UNICEF, dans toutes les provinces. Il compte aussi parmi les projets du programme Renforcement des capacités.',
     3, true),
    ((select id from programme where slug = 'protection-de-l-enfance'), 'umwana-si-uwumwe',
     'Umwana si uwumwe', 'FINISHED',
     'Projet terminé du programme Protection de l''enfance, financé par l''UNICEF, dans toutes les provinces. Il compte aussi parmi les projets du programme Renforcement des capacités.',
     4, true),
    ((select id from programme where slug = 'protection-de-l-enfance'), 'ecole-sure-inclusive-protectrice',
     'Appui psychosocial pour une école sûre, inclusive et protectrice', 'FINISHED',
     'Projet terminé du programme Protection de l''enfance, financé par l''UNICEF, dans toutes les provinces. Il compte aussi parmi les projets du programme Renforcement des capacités.',
     5, true),
    ((select id from programme where slug = 'protection-de-l-enfance'), 'ramurira-uburundi',
     'Ramurira Uburundi : assurer un appui psychosocial aux élèves et à leurs enseignants victimes de crises humanitaires', 'ONGOING',
     'Projet en cours du programme Protection de l''enfance, financé par l''UNICEF, dans toutes les provinces. Il compte aussi parmi les projets du programme Renforcement des capacités.',
     6, true);

-- Projects of the Genre et développement programme
insert into project (programme_id, slug, name, status, description, position, published) values
    ((select id from programme where slug = 'genre-et-developpement'), 'developpement-organisationnel-ppsm',
     'Développement organisationnel PPSM', 'ONGOING',
     'Projet en cours du programme Genre et développement, financé par le Programme de cohésion sociale de la GIZ, à Bujumbura Mairie et à Makamba.',
     1, true),
    ((select id from programme where slug = 'genre-et-developpement'), 'twese-biraturaba',
     'Twese Biraturaba : bien-être psychosocial pour une paix durable', 'ONGOING',
     'Projet en cours du programme Genre et développement, financé par le Programme de cohésion sociale de la GIZ, à Bujumbura Mairie et à Makamba. Il compte aussi parmi les projets du programme Renforcement des capacités.',
     2, true);

-- Projects that also belong to Renforcement des capacités (besides their own programme)
insert into project_programme (project_id, programme_id)
select project.id, (select id from programme where slug = 'renforcement-des-capacites')
from project
where project.slug in ('ecoles-espaces-amis-des-enfants', 'familles-et-communautes', 'riposte-ebola',
                       'umwana-si-uwumwe', 'ecole-sure-inclusive-protectrice', 'ramurira-uburundi',
                       'tura-utuze', 'twese-biraturaba');

-- Funders and partners of the programmes
insert into programme_organisation (programme_id, organisation_id, role, position)
select programme.id, organisation.id, link.role, link.position
from (values
    ('renforcement-des-capacites',          'unicef',                         'FUNDER',  1),
    ('renforcement-des-capacites',          'giz',                            'FUNDER',  2),
    ('renforcement-des-capacites',          'pplm',                           'FUNDER',  3),
    ('rapatriement',                        'giz-cohesion-sociale',           'FUNDER',  1),
    ('rapatriement',                        'pplm',                           'FUNDER',  2),
    ('protection-de-l-enfance',             'unicef',                         'FUNDER',  1),
    ('promotion-et-defense-des-droits',     'ppsm',                           'FUNDER',  1),
    ('genre-et-developpement',              'giz-cohesion-sociale',           'FUNDER',  1),
    ('genre-et-developpement',              'alliance-strategique-plaidoyer', 'PARTNER', 2),
    ('education-information-communication', 'ppsm',                           'FUNDER',  1),
    ('education-information-communication', 'giz',                            'FUNDER',  2),
    ('education-information-communication', 'pplm',                           'FUNDER',  3),
    ('education-information-communication', 'cocafem',                        'FUNDER',  4),
    ('education-information-communication', 'universite-du-burundi',          'PARTNER', 5),
    ('education-information-communication', 'universite-du-lac-tanganyika',   'PARTNER', 6)
) as link (programme_slug, organisation_slug, role, position)
join programme on programme.slug = link.programme_slug
join organisation on organisation.slug = link.organisation_slug;

-- Funders of the projects
insert into project_organisation (project_id, organisation_id, role, position)
select project.id, organisation.id, link.role, link.position
from (values
    ('ecoles-espaces-amis-des-enfants',    'unicef',               'FUNDER', 1),
    ('familles-et-communautes',            'unicef',               'FUNDER', 1),
    ('riposte-ebola',                      'unicef',               'FUNDER', 1),
    ('umwana-si-uwumwe',                   'unicef',               'FUNDER', 1),
    ('ecole-sure-inclusive-protectrice',   'unicef',               'FUNDER', 1),
    ('ramurira-uburundi',                  'unicef',               'FUNDER', 1),
    ('isange',                             'giz-cohesion-sociale', 'FUNDER', 1),
    ('tura-utuze',                         'pplm',                 'FUNDER', 1),
    ('developpement-organisationnel-ppsm', 'giz-cohesion-sociale', 'FUNDER', 1),
    ('twese-biraturaba',                   'giz-cohesion-sociale', 'FUNDER', 1)
) as link (project_slug, organisation_slug, role, position)
join project on project.slug = link.project_slug
join organisation on organisation.slug = link.organisation_slug;

-- Zones of intervention of the programmes
insert into programme_zone (programme_id, zone_id)
select programme.id, zone.id
from (values
    ('renforcement-des-capacites', 'toutes-les-provinces'),
    ('renforcement-des-capacites', 'bujumbura-mairie'),
    ('renforcement-des-capacites', 'makamba'),
    ('renforcement-des-capacites', 'rutana'),
    ('renforcement-des-capacites', 'ruyigi'),
    ('renforcement-des-capacites', 'gitega'),
    ('rapatriement', 'bujumbura-mairie'),
    ('rapatriement', 'makamba'),
    ('rapatriement', 'gitega'),
    ('rapatriement', 'rutana'),
    ('rapatriement', 'ruyigi'),
    ('promotion-et-defense-des-droits', 'national'),
    ('promotion-et-defense-des-droits', 'regional'),
    ('promotion-et-defense-des-droits', 'international'),
    ('genre-et-developpement', 'bujumbura-mairie'),
    ('genre-et-developpement', 'makamba'),
    ('education-information-communication', 'toutes-les-provinces')
) as link (programme_slug, zone_slug)
join programme on programme.slug = link.programme_slug
join zone on zone.slug = link.zone_slug;

-- Zones of intervention of Protection de l'enfance: the 18 provinces
insert into programme_zone (programme_id, zone_id)
select (select id from programme where slug = 'protection-de-l-enfance'), zone.id
from zone
where zone.kind = 'PROVINCE';

-- Zones of intervention of the projects
insert into project_zone (project_id, zone_id)
select project.id, zone.id
from (values
    ('ecoles-espaces-amis-des-enfants',    'toutes-les-provinces'),
    ('familles-et-communautes',            'toutes-les-provinces'),
    ('riposte-ebola',                      'toutes-les-provinces'),
    ('umwana-si-uwumwe',                   'toutes-les-provinces'),
    ('ecole-sure-inclusive-protectrice',   'toutes-les-provinces'),
    ('ramurira-uburundi',                  'toutes-les-provinces'),
    ('isange',                             'bujumbura-mairie'),
    ('isange',                             'makamba'),
    ('tura-utuze',                         'gitega'),
    ('tura-utuze',                         'rutana'),
    ('tura-utuze',                         'ruyigi'),
    ('developpement-organisationnel-ppsm', 'bujumbura-mairie'),
    ('developpement-organisationnel-ppsm', 'makamba'),
    ('twese-biraturaba',                   'bujumbura-mairie'),
    ('twese-biraturaba',                   'makamba')
) as link (project_slug, zone_slug)
join project on project.slug = link.project_slug
join zone on zone.slug = link.zone_slug;

-- Target groups of the programmes, in the order of each "Cibles" list
insert into programme_target_group (programme_id, target_group_id, position)
select programme.id, target_group.id, link.position
from (values
    ('renforcement-des-capacites',          'Organisations membres et partenaires de la PPSM', 1),
    ('renforcement-des-capacites',          'Structures communautaires de base', 2),
    ('renforcement-des-capacites',          'Relais communautaires', 3),
    ('renforcement-des-capacites',          'Intervenants communautaires', 4),
    ('rapatriement',                        'Personnes rapatriées et résidentes présentant des problèmes psychosociaux et de santé mentale', 1),
    ('protection-de-l-enfance',             'Personnes (enfants et adultes) en détresse psychologique', 1),
    ('promotion-et-defense-des-droits',     'Décideurs', 1),
    ('genre-et-developpement',              'PPSM', 1),
    ('genre-et-developpement',              'Organisations membres et partenaires de la PPSM', 2),
    ('genre-et-developpement',              'Victimes de violences basées sur le genre', 3),
    ('education-information-communication', 'Public', 1),
    ('education-information-communication', 'Décideurs', 2),
    ('education-information-communication', 'Partenaires au développement', 3),
    ('education-information-communication', 'Intervenants en SMSPS', 4)
) as link (programme_slug, target_group_name, position)
join programme on programme.slug = link.programme_slug
join target_group on target_group.name = link.target_group_name and not target_group.featured;

-- Target groups of the projects
insert into project_target_group (project_id, target_group_id, position)
select project.id, target_group.id, link.position
from (values
    ('ecoles-espaces-amis-des-enfants',    'Personnes (enfants et adultes) en détresse psychologique', 1),
    ('familles-et-communautes',            'Personnes (enfants et adultes) en détresse psychologique', 1),
    ('riposte-ebola',                      'Personnes (enfants et adultes) en détresse psychologique', 1),
    ('umwana-si-uwumwe',                   'Personnes (enfants et adultes) en détresse psychologique', 1),
    ('ecole-sure-inclusive-protectrice',   'Personnes (enfants et adultes) en détresse psychologique', 1),
    ('ramurira-uburundi',                  'Personnes (enfants et adultes) en détresse psychologique', 1),
    ('isange',                             'Personnes rapatriées et résidentes présentant des problèmes psychosociaux et de santé mentale', 1),
    ('tura-utuze',                         'Personnes rapatriées et résidentes présentant des problèmes psychosociaux et de santé mentale', 1),
    ('developpement-organisationnel-ppsm', 'PPSM', 1),
    ('developpement-organisationnel-ppsm', 'Organisations membres et partenaires de la PPSM', 2),
    ('twese-biraturaba',                   'Victimes de violences basées sur le genre', 1)
) as link (project_slug, target_group_name, position)
join project on project.slug = link.project_slug
join target_group on target_group.name = link.target_group_name and not target_group.featured;

-- Key results: Renforcement des capacités
insert into key_result (programme_id, project_id, theme, statement, achieved_value, expected_value, unit, position)
select programme.id, null, null, result.statement, result.achieved, null, result.unit, result.position
from (values
    ('4 023 acteurs scolaires et communautaires ont été renforcés dans la prise en charge psychosociale', 4023, 'acteurs scolaires et communautaires', 1),
    ('40 organisations à base communautaire ont été renforcées dans la prise en charge psychosociale', 40, 'organisations à base communautaire', 2),
    ('120 familles d''accueil volontaires ont été renforcées dans la prise en charge psychosociale', 120, 'familles d''accueil volontaires', 3),
    ('84 psychologues points focaux ont été renforcés dans la prise en charge psychosociale', 84, 'psychologues points focaux', 4)
) as result (statement, achieved, unit, position)
join programme on programme.slug = 'renforcement-des-capacites';

-- Key results: Rapatriement (5 521 cases were expected)
insert into key_result (programme_id, project_id, theme, statement, achieved_value, expected_value, unit, position) values
    ((select id from programme where slug = 'rapatriement'), null, null,
     '5 953 bénéficiaires rejoints, dont 2 400 familles rapatriées et 3 266 familles de résidents, ont bénéficié des services de prise en charge psychosociale et de référencement',
     5953, 5521, 'bénéficiaires', 1),
    ((select id from programme where slug = 'rapatriement'), null, null,
     'Sur les bénéficiaires rejoints, 3 355, soit 56,35 %, n''ont plus de symptômes renvoyant au stress et se préparent pour un nouveau départ',
     3355, null, 'bénéficiaires', 2);

-- Key results: Protection de l'enfance, project by project
insert into key_result (programme_id, project_id, theme, statement, achieved_value, expected_value, unit, position)
select programme.id, project.id, null, result.statement, result.achieved::numeric, null, result.unit, result.position
from (values
    ('ecoles-espaces-amis-des-enfants', 'Acteurs renforcés sur la prévention des détresses psychologiques chez les enfants en situation de crise', null, null, 1),
    ('ecoles-espaces-amis-des-enfants', 'Enfants bénéficiant d''accompagnement psychosocial', null, null, 2),
    ('ecoles-espaces-amis-des-enfants', 'Réunions de coordination organisées', null, null, 3),
    ('familles-et-communautes', '355 relais communautaires ont participé à la prévention des traumatismes et à la prise en charge de base des enfants exposés au traumatisme', 355, 'relais communautaires', 4),
    ('familles-et-communautes', 'Plus de 2 500 enfants souffrant de détresse psychologique ont reçu une assistance psychosociale de qualité', 2500, 'enfants', 5),
    ('familles-et-communautes', 'Réunions de coordination organisées', null, null, 6),
    ('riposte-ebola', '280 acteurs communautaires formés sur les premiers secours psychologiques et le soutien psychosocial en contexte de MVE', 280, 'acteurs communautaires', 7),
    ('riposte-ebola', 'Enfants victimes et témoins des violations ont reçu un soutien psychosocial approprié', null, null, 8),
    ('riposte-ebola', 'Réunions de coordination organisées', null, null, 9),
    ('umwana-si-uwumwe', '350 relais communautaires renforcés pour assurer le suivi des enfants et parents à problèmes psychosociaux', 350, 'relais communautaires', 10),
    ('umwana-si-uwumwe', '2 922 enfants à besoins spécifiques ont bénéficié de prise en charge spécialisée', 2922, 'enfants à besoins spécifiques', 11),
    ('umwana-si-uwumwe', '50 psychologues points focaux déployés pour l''appui PSS en réponse au COVID-19', 50, 'psychologues points focaux', 12),
    ('umwana-si-uwumwe', '88 réunions de coordination organisées', 88, 'réunions de coordination', 13),
    ('ecole-sure-inclusive-protectrice', '1 342 acteurs scolaires et communautaires ont eu des compétences dans la prise en charge psychosociale d''urgence', 1342, 'acteurs scolaires et communautaires', 14),
    ('ecole-sure-inclusive-protectrice', '378 078 enfants à risque de la pandémie de COVID-19 et les VSBG ont bénéficié de services psychosociaux de proximité', 378078, 'enfants', 15),
    ('ramurira-uburundi', '499 554 acteurs de l''école affectés par les crises ont bénéficié d''un appui psychosocial de base', 499554, 'acteurs de l''école', 16),
    ('ramurira-uburundi', '3 147 acteurs de l''école référés dans les centres spécialisés', 3147, 'acteurs de l''école', 17)
) as result (project_slug, statement, achieved, unit, position)
join programme on programme.slug = 'protection-de-l-enfance'
join project on project.slug = result.project_slug;

-- Key results: Promotion et défense des droits
insert into key_result (programme_id, project_id, theme, statement, achieved_value, expected_value, unit, position)
select programme.id, null, null, result.statement, result.achieved::numeric, null, result.unit, result.position
from (values
    ('Un atelier régional d''échange a eu lieu', 1, 'atelier régional d''échange', 1),
    ('3 assemblées générales des psychologues ont pu être tenues et voudraient créer l''Ordre des Psychologues du Burundi', 3, 'assemblées générales des psychologues', 2),
    ('2 études réalisées pour analyser les besoins psychosociaux au Burundi et dans la sous-région', 2, 'études', 3),
    ('8 activités marquant la célébration de la journée internationale de la santé mentale', 8, 'activités', 4),
    ('Tenues régulières des réunions de coordination trimestrielles dans 10 provinces d''intervention', 10, 'provinces d''intervention', 5),
    ('Émissions radio et programmes télévisés réalisés', null, null, 6)
) as result (statement, achieved, unit, position)
join programme on programme.slug = 'promotion-et-defense-des-droits';

-- Key results: Genre et développement, grouped by theme where the source groups them
insert into key_result (programme_id, project_id, theme, statement, achieved_value, expected_value, unit, position)
select programme.id, null, result.theme, result.statement, result.achieved::numeric, null, result.unit, result.position
from (values
    ('Renforcement des capacités organisationnelles', 'Deux personnes ressources de la PPSM formées et qualifiées', 2, 'personnes ressources', 1),
    ('Renforcement des capacités organisationnelles', '17 organisations renforcées sur l''intégration du genre dans les stratégies, programmes et projets organisationnels', 17, 'organisations', 2),
    (null, 'Mise en place de la cellule genre au sein de la PPSM', null, null, 3),
    (null, 'Partenariat stratégique au niveau national signé avec l''Alliance stratégique pour le Plaidoyer', null, null, 4),
    ('Autonomisation financière des femmes', '1 073 personnes appuyées à travers les groupements de solidarité', 1073, 'personnes', 5),
    ('Autonomisation financière des femmes', 'Un fonds de 12 000 000 FBu accordé et un système de relais initié', 12000000, 'FBu', 6),
    ('Mécanisme communautaire pour la promotion du genre et la lutte contre les VSBG', 'Mis en place et opérationnel : 3 188 agissent en synergie pour promouvoir une société égalitaire', 3188, null, 7),
    ('Services de prévention et de prise en charge', '4 789 participants sensibilisés', 4789, 'participants', 8),
    ('Services de prévention et de prise en charge', '1 130 victimes de violences basées sur le genre prises en charge et renforcées dans leur résilience psychosociale', 1130, 'victimes', 9)
) as result (theme, statement, achieved, unit, position)
join programme on programme.slug = 'genre-et-developpement';

-- Key results: Éducation, information et communication
insert into key_result (programme_id, project_id, theme, statement, achieved_value, expected_value, unit, position)
select programme.id, null, null, result.statement, result.achieved::numeric, null, result.unit, result.position
from (values
    ('Ébauche de stratégie de communication disponible', null, null, 1),
    ('Partenariat avec les réseaux de communication', null, null, 2),
    ('Création des réseaux de communication et information interne et externe (FBK, Instagram, tweet)', null, null, 3),
    ('Organisation d''événements stratégiques dans le cadre de la célébration de la journée mondiale de la santé mentale à l''intention de banques, entreprises, ONG et les organisations de média', null, null, 4),
    ('Signature de 2 conventions de collaboration avec 2 universités et instituts de recherche (Université du Burundi, Université du Lac Tanganyika)', 2, 'conventions de collaboration', 5),
    ('Production des outils de communication sur des thématiques de santé mentale et soutien psychosocial (SMSPS) spécifiques. Deux documentaires réalisés, boîtes à images et dépliants produits', null, null, 6)
) as result (statement, achieved, unit, position)
join programme on programme.slug = 'education-information-communication';

-- Services offered by the PPSM
insert into service (title, description, position) values
    ('Renforcement des capacités en prise en charge psychosociale de base', 'Formation des enseignants aux notions fondamentales de prise en charge psychosociale.', 1),
    ('Accompagnement psychosocial', 'Offrir un soutien psychosocial semi-spécialisé par des psychologues formés.', 2),
    ('Références des cas complexes', 'Faciliter l''accès aux soins psychiatriques pour les cas complexes.', 3),
    ('Plaidoyer', 'Engagement dans des actions de plaidoyer pour sensibiliser et défendre les droits.', 4),
    ('Recherche et actions', 'Réalisation d''études sur les nouvelles approches psychosociales et mise en œuvre d''actions correspondantes.', 5);

-- Missions
insert into mission (text, position) values
    ('Plaider pour la promotion du psychosocial et de la santé mentale', 1),
    ('Coordonner, accompagner et faciliter la collaboration de l''ensemble', 2),
    ('Rendre accessibles les services psychosociaux et de santé mentale de qualité à la population burundaise grâce à la coordination et au renforcement de la synergie des acteurs membres et/ou partenaires locaux de la PPSM', 3);

-- Perspectives
insert into perspective (text, position) values
    ('Renforcement des structures à base communautaire pour améliorer l''accès aux services de qualité', 1),
    ('Plaidoyer pour la promotion du domaine', 2),
    ('Création des synergies d''actions au niveau local, régional et international', 3),
    ('Coordination technique des acteurs au niveau décentralisé', 4);

-- Headline figures of the home page
insert into headline_figure (value, prefix, label, as_of, position) values
    (4,     null, 'Nos branches',          null, 1),
    (20000, '+',  'Cas traités',           null, 2),
    (21,    null, 'Organisations membres', null, 3),
    (10,    null, 'Années d''expérience',  null, 4);

-- Site settings: the source gives no e-mail, phone, address or social-network address
insert into site_settings (id, site_name, acronym, tagline, contact_email, phone, address,
                           facebook_url, instagram_url, twitter_url, helpline_number, helpline_text_rn) values
    (1, 'Plateforme des Intervenants en Psychosocial et Santé Mentale', 'PPSM',
     'Rendre accessibles les services psychosociaux et de santé mentale de qualité à la population burundaise grâce à la coordination et au renforcement de la synergie des acteurs membres et/ou partenaires locaux de la PPSM',
     null, null, null, null, null, null, '116',
     'Tabariza mw''ibanga umwana ariko araca mu ngorane nseserezamutima kumurongo utariha 116');
