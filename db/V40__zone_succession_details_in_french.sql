-- The public province pages show how the old provinces went to the new ones: the details of
-- zone_succession (V38) in French, the language of the site. The sources and confidence stay.

update zone_succession set detail = 'communes Muha, Mukaza et Ntahangwa (découpage de 2015) ; Mukaza comprend aussi la zone Muyira (venue de Bujumbura Rural, à confirmer)'
where old_zone_id = (select id from zone where slug = 'bujumbura-mairie')
  and new_zone_id = (select id from zone where slug = 'bujumbura-2025');

update zone_succession set detail = 'communes Bugarama et Muhuta (que Rumonge avait reçues de Bujumbura Rural en 2015)'
where old_zone_id = (select id from zone where slug = 'rumonge')
  and new_zone_id = (select id from zone where slug = 'bujumbura-2025');

update zone_succession set detail = 'communes Burambi, Buyengero et Rumonge'
where old_zone_id = (select id from zone where slug = 'rumonge')
  and new_zone_id = (select id from zone where slug = 'burunga-2025');

update zone_succession set detail = 'toute l’ancienne province sauf la zone Mahwa'
where old_zone_id = (select id from zone where slug = 'gitega')
  and new_zone_id = (select id from zone where slug = 'gitega-2025');

update zone_succession set detail = 'zone Mahwa de la commune Ryansoro'
where old_zone_id = (select id from zone where slug = 'gitega')
  and new_zone_id = (select id from zone where slug = 'burunga-2025');

update zone_succession set detail = 'la plus grande partie de l’ancienne province'
where old_zone_id = (select id from zone where slug = 'muramvya')
  and new_zone_id = (select id from zone where slug = 'gitega-2025');

update zone_succession set detail = 'étendue incertaine : une zone et trois collines selon une source, deux collines selon une autre'
where old_zone_id = (select id from zone where slug = 'muramvya')
  and new_zone_id = (select id from zone where slug = 'bujumbura-2025');

update zone_succession set detail = 'une seule source, non confirmée'
where old_zone_id = (select id from zone where slug = 'muramvya')
  and new_zone_id = (select id from zone where slug = 'butanyerera-2025');
