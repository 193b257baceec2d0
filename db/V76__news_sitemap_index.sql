-- The sitemap lists every visible news item, newest first (issue 19): read in that order from
-- this index alone (an index-only scan), without reading the table or sorting 5 000 rows.
create index news_item_sitemap_idx on news_item (publish_at desc, id desc) include (slug, updated_at, unpublish_at);
