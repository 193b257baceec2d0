package bi.ppsm.site.seo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import bi.ppsm.site.cache.KeptFile;
import bi.ppsm.site.cache.KeptFile.Built;
import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.SiteUrls;

/** {@code robots.txt} and {@code sitemap.xml}: published pages only, never drafts or admin. */
@Controller
class SeoController {

	private static final List<String> STATIC_PAGES = List.of("/", "/programmes", "/projets", "/actualites",
			"/documents", "/partenaires", "/zones-d-intervention", "/services", "/missions", "/contact", "/membres", "/trouver-de-l-aide");

	private final SiteUrls urls;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private static final int MAX_ADDRESSES = 4;

	private final ObjectProvider<PageCache> changes;

	private final Map<String, KeptFile> sitemaps = new ConcurrentHashMap<>();

	SeoController(SiteUrls urls, NamedParameterJdbcTemplate jdbc, Clock clock, ObjectProvider<PageCache> changes) {
		this.urls = urls;
		this.jdbc = jdbc;
		this.clock = clock;
		this.changes = changes;
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	@ResponseBody
	String robots(HttpServletRequest request) {
		return """
				User-agent: *
				Disallow: /admin
				Disallow: /login
				Sitemap: %s
				""".formatted(this.urls.absolute(request, "/sitemap.xml"));
	}

	/**
	 * Every published page: one query per kind of page for the URLs and the day of their last
	 * change (programmes, projects, zone pages, visible news, published service points), each in
	 * its order by an index or a small sort, nothing loaded as entities. The same rules of
	 * publication as the pages themselves; the days are written by PostgreSQL (UTC). Built by one
	 * request at a time and kept gzipped until the next content change ({@link KeptFile}), so the
	 * requests that follow a change wait for one build instead of each making its own. One kept
	 * file per site address (the address comes from the request when none is configured).
	 */
	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	void sitemap(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String base = HtmlUtils.htmlEscape(this.urls.absolute(request, ""));
		if (this.sitemaps.size() >= MAX_ADDRESSES && !this.sitemaps.containsKey(base)) {
			this.sitemaps.clear(); // addresses made up in Host headers: keep no more than a few
		}
		KeptFile file = this.sitemaps.computeIfAbsent(base, b -> new KeptFile(this.changes));
		Built built = file.get(out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
			writeSitemap(writer, base);
			writer.flush();
			return true;
		});
		KeptFile.send(built, MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8", request, response);
	}

	private void writeSitemap(Writer out, String base) throws IOException {
		MapSqlParameterSource at = new MapSqlParameterSource("now", Timestamp.from(this.clock.instant()));
		String latest = this.jdbc.queryForObject(LATEST_CHANGE, at, String.class);
		out.write("""
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				""");
		for (String path : STATIC_PAGES) {
			write(out, base, path, latest);
		}
		for (String part : PARTS) {
			this.jdbc.query(part, at, (RowCallbackHandler) row -> {
				String day = row.getString(2);
				try {
					write(out, base, row.getString(1), (day != null) ? day : latest);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		out.write("</urlset>\n");
	}

	/** A timestamp's day in UTC, as the sitemap writes it (W3C date). */
	private static String day(String column) {
		return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD')";
	}

	/** The newest change of a visible programme or project: the date of the fixed pages. */
	private static final String LATEST_CHANGE = """
			select %s from (
			    select max(updated_at) as t from programme where %s
			    union all
			    select max(updated_at) from project where %s) x""".formatted(day("max(t)"),
			ProgrammeRepository.VISIBLE_SQL, ProjectRepository.VISIBLE_SQL);

	/**
	 * The pages of the sitemap in its order: programmes, projects, zones of both maps, visible
	 * news (newest first, read from the index {@code news_item_sitemap_idx} alone), service
	 * points. A zone page has the fixed pages' date (null here). Programmes and projects follow
	 * the rule of their pages (published, and scheduled dates).
	 */
	private static final List<String> PARTS = List.of("""
			select '/programmes/' || slug, %s from programme where %s order by position, id"""
		.formatted(day("updated_at"), ProgrammeRepository.VISIBLE_SQL), """
			select '/projets/' || project.slug, %s from project join programme pr on pr.id = project.programme_id
			where %s order by pr.position, project.position, project.name, project.id"""
		.formatted(day("project.updated_at"), ProjectRepository.VISIBLE_SQL), """
			select '/zones-d-intervention/' || slug, null from zone where map_year is not null order by position, name, id""",
			"""
					select '/actualites/' || slug, %s from news_item
					where publish_at <= :now and (unpublish_at is null or unpublish_at > :now)
					order by publish_at desc, id desc""".formatted(day("greatest(updated_at, publish_at)")), """
			select '/trouver-de-l-aide/' || id, %s from service_point where published order by name, id"""
		.formatted(day("updated_at")));

	/** One URL (its path escaped, the base already) with the day of its last change, if any. */
	private static void write(Writer out, String base, String path, String day) throws IOException {
		out.write("  <url><loc>");
		out.write(base);
		out.write(HtmlUtils.htmlEscape(path));
		out.write("</loc>");
		if (day != null) {
			out.write("<lastmod>");
			out.write(day);
			out.write("</lastmod>");
		}
		out.write("</url>\n");
	}

}
