-- Partner and donor logos come from the media library (issue 14). An image used as a logo
-- cannot be deleted (the library asks bi.ppsm.site.organisation.LogoUsages first).
alter table organisation add column logo_image_id bigint references image (id);
create index organisation_logo_image on organisation (logo_image_id);
