-- Every committed change to public content sends a notification on the channel
-- 'ppsm_content'. Each application instance listens to it and empties its cache of rendered
-- pages, so an edit made on one instance is visible at once on all of them. A new content
-- table must get the same trigger.
create function notify_content_change() returns trigger
language plpgsql as $$
begin
    perform pg_notify('ppsm_content', tg_table_name);
    return null;
end;
$$;

do $$
declare
    t text;
begin
    foreach t in array array['zone', 'organisation', 'target_group', 'programme', 'objective', 'project',
            'project_programme', 'project_phase', 'programme_organisation', 'project_organisation',
            'programme_zone', 'project_zone', 'programme_target_group', 'project_target_group', 'key_result',
            'service', 'mission', 'perspective', 'headline_figure', 'site_settings']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function notify_content_change()', t || '_changed', t);
    end loop;
end;
$$;
