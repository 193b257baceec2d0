package bi.ppsm.site.seo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

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

	SeoController(SiteUrls urls, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.urls = urls;
		this.jdbc = jdbc;
		this.clock = clock;
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
	 * Every published page, written as it is read: one query for the URLs and their last change
	 * (programmes, projects, zone pages, visible news, published service points), nothing
	 * loaded as entities and the document never held whole in memory, whatever the size of
	 * the site. The same rules of publication as the pages themselves.
	 */
	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	void sitemap(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.APPLICATION_XML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String base = this.urls.absolute(request, "");
		Instant now = this.clock.instant();
		MapSqlParameterSource at = new MapSqlParameterSource("now", Timestamp.from(now));
		Timestamp newest = this.jdbc.queryForObject(LATEST_CHANGE, at, Timestamp.class);
		Instant latest = (newest != null) ? newest.toInstant() : null;
		Writer out = response.getWriter();
		out.write("""
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				""");
		for (String path : STATIC_PAGES) {
			write(out, new Entry(base + path, latest));
		}
		this.jdbc.query(PAGES, at, (RowCallbackHandler) row -> {
			Timestamp changed = row.getTimestamp(2);
			try {
				write(out, new Entry(base + row.getString(1), (changed != null) ? changed.toInstant() : latest));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.write("</urlset>\n");
		out.flush();
	}

	/** The newest change of a visible programme or project: the date of the fixed pages. */
	private static final String LATEST_CHANGE = """
			select max(t) from (
			    select max(updated_at) as t from programme where %s
			    union all
			    select max(updated_at) from project where %s) x""".formatted(ProgrammeRepository.VISIBLE_SQL,
			ProjectRepository.VISIBLE_SQL);

	/**
	 * The pages of the sitemap in its order: programmes, projects, zones of both maps, visible
	 * news (newest first), service points. The date of a zone page is the fixed pages' (null).
	 * Programmes and projects follow the rule of their pages (published, and scheduled dates).
	 */
	private static final String PAGES = """
			select path, changed from (
			    select 1 as part, row_number() over (order by position, id) as n,
			        '/programmes/' || slug as path, updated_at as changed
			    from programme where %s
			    union all
			    select 2, row_number() over (order by pr.position, project.position, project.name, project.id),
			        '/projets/' || project.slug, project.updated_at
			    from project join programme pr on pr.id = project.programme_id where %s
			    union all
			    select 3, row_number() over (order by position, name, id), '/zones-d-intervention/' || slug, null
			    from zone where map_year is not null
			    union all
			    select 4, row_number() over (order by publish_at desc, id desc), '/actualites/' || slug,
			        greatest(updated_at, publish_at)
			    from news_item where publish_at <= :now and (unpublish_at is null or unpublish_at > :now)
			    union all
			    select 5, row_number() over (order by name, id), '/trouver-de-l-aide/' || id, updated_at
			    from service_point where published) pages
			order by part, n""".formatted(ProgrammeRepository.VISIBLE_SQL, ProjectRepository.VISIBLE_SQL);

	private static void write(Writer out, Entry entry) throws IOException {
		out.write("  <url><loc>");
		out.write(HtmlUtils.htmlEscape(entry.location()));
		out.write("</loc>");
		if (entry.lastModified() != null) {
			out.write("<lastmod>");
			out.write(entry.lastModified());
			out.write("</lastmod>");
		}
		out.write("</url>\n");
	}

	/** One URL of the sitemap, with the day of its last change (W3C date). */
	public record Entry(String location, Instant changed) {

		public String lastModified() {
			return (this.changed == null) ? null
					: DateTimeFormatter.ISO_LOCAL_DATE.format(this.changed.atOffset(ZoneOffset.UTC));
		}

	}

}
