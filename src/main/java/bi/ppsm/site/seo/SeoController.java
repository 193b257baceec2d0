package bi.ppsm.site.seo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import bi.ppsm.site.catalog.Catalog;
import bi.ppsm.site.directory.PublishedServicePoints;
import bi.ppsm.site.news.NewsItem;
import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.system.ContentEntity;
import bi.ppsm.site.system.SiteUrls;
import bi.ppsm.site.zone.Zone;
import bi.ppsm.site.zone.ZoneRepository;

/** {@code robots.txt} and {@code sitemap.xml}: published pages only, never drafts or admin. */
@Controller
class SeoController {

	private static final List<String> STATIC_PAGES = List.of("/", "/programmes", "/projets", "/actualites",
			"/documents", "/partenaires", "/zones-d-intervention", "/services", "/missions", "/contact", "/membres", "/trouver-de-l-aide");

	private final Catalog catalog;

	private final SiteUrls urls;

	private final PublishedNews news;

	private final ZoneRepository zones;

	private final PublishedServicePoints servicePoints;

	SeoController(Catalog catalog, SiteUrls urls, PublishedNews news, ZoneRepository zones,
			PublishedServicePoints servicePoints) {
		this.catalog = catalog;
		this.urls = urls;
		this.news = news;
		this.zones = zones;
		this.servicePoints = servicePoints;
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

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@ResponseBody
	String sitemap(HttpServletRequest request) {
		List<Programme> programmes = this.catalog.programmes();
		List<Project> projects = this.catalog.projects();
		Instant latest = newest(programmes, projects);
		List<Entry> entries = new ArrayList<>();
		STATIC_PAGES.forEach(path -> entries.add(new Entry(this.urls.absolute(request, path), latest)));
		programmes.forEach(p -> entries.add(new Entry(this.urls.absolute(request, "/programmes/" + p.getSlug()), p.getUpdatedAt())));
		projects.forEach(p -> entries.add(new Entry(this.urls.absolute(request, "/projets/" + p.getSlug()), p.getUpdatedAt())));
		// the page of each province and commune of both maps (issue 16)
		for (Zone zone : this.zones.findAllByOrderByPositionAscNameAsc()) {
			if (zone.getMapYear() != null) {
				entries.add(new Entry(this.urls.absolute(request, "/zones-d-intervention/" + zone.getSlug()), latest));
			}
		}
		for (NewsItem n : this.news.all()) {
			Instant changed = (n.getUpdatedAt() == null || n.getUpdatedAt().isBefore(n.getPublishAt())) ? n.getPublishAt()
					: n.getUpdatedAt();
			entries.add(new Entry(this.urls.absolute(request, "/actualites/" + n.getSlug()), changed));
		}
		this.servicePoints.all()
			.forEach(p -> entries.add(new Entry(this.urls.absolute(request, "/trouver-de-l-aide/" + p.getId()), p.getUpdatedAt())));
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				""");
		for (Entry entry : entries) {
			xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(entry.location())).append("</loc>");
			if (entry.lastModified() != null) {
				xml.append("<lastmod>").append(entry.lastModified()).append("</lastmod>");
			}
			xml.append("</url>\n");
		}
		return xml.append("</urlset>\n").toString();
	}

	private static Instant newest(List<Programme> programmes, List<Project> projects) {
		return Stream.concat(programmes.stream(), projects.stream())
			.map(ContentEntity::getUpdatedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/** One URL of the sitemap, with the day of its last change (W3C date). */
	public record Entry(String location, Instant changed) {

		public String lastModified() {
			return (this.changed == null) ? null
					: DateTimeFormatter.ISO_LOCAL_DATE.format(this.changed.atOffset(ZoneOffset.UTC));
		}

	}

}
