-- Staff pages at scale (issue 19). The news and project lists of the back office search with
-- lower(title) like '%q%' and upper(name) like '%q%' (a word anywhere in the title): a B-tree
-- cannot serve that, a trigram index can (pg_trgm, a trusted extension like unaccent in V50).
-- On the large database (5 000 news items) the search and its count read every row before.
create extension if not exists pg_trgm;
create index news_item_title_trgm_idx on news_item using gin (lower(title) gin_trgm_ops);
create index project_name_trgm_idx on project using gin (upper(name) gin_trgm_ops);
-- the news list's order (a draft by its creation time): its first page without sorting every item
create index news_item_list_order_idx on news_item ((coalesce(publish_at, created_at)) desc, id desc);
