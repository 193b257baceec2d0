package bi.ppsm.site.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.redirect.Redirects;
import bi.ppsm.site.revision.Revisions;
import bi.ppsm.site.media.Image;
import bi.ppsm.site.media.ImageRepository;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.programme.Relations;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.NotFoundException;
import bi.ppsm.site.system.Publication;
import bi.ppsm.site.system.PublicationDates;
import bi.ppsm.site.system.PublicationTime;

/** Saves of news items: the item, its programmes and projects and the audit log, in one transaction. */
@Service
@Transactional
public class NewsService {

	static final String AUDIT_TYPE = "news";

	private final NewsRepository news;

	private final ImageRepository images;

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final AuditLog audit;

	private final Clock clock;

	private final Redirects redirects;

	private final Revisions revisions;

	NewsService(NewsRepository news, ImageRepository images, ProgrammeRepository programmes,
			ProjectRepository projects, AuditLog audit, Clock clock, Redirects redirects, Revisions revisions) {
		this.revisions = revisions;
		this.redirects = redirects;
		this.news = news;
		this.images = images;
		this.programmes = programmes;
		this.projects = projects;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public NewsItem find(long id) {
		return this.news.findById(id).orElseThrow(() -> new NotFoundException("news " + id));
	}

	/**
	 * What the fields cannot check alone: a free slug, the dates (readable, the end after the
	 * start, a date when the item is scheduled), and a cover image that may be shown publicly.
	 */
	@Transactional(readOnly = true)
	void check(NewsForm form, NewsItem current, Errors errors) {
		if (form.slug() != null && !errors.hasFieldErrors("slug")) {
			this.news.findBySlug(form.slug())
				.filter(other -> current == null || !other.getId().equals(current.getId()))
				.ifPresent(other -> reject(errors, "slug", "slugTaken"));
		}
		PublicationDates.check(form.publication(), form.publishAt(), form.unpublishAt(), publishNow(current), errors,
				"publishAt", "unpublishAt");
		if (form.coverId() != null && !errors.hasFieldErrors("coverId")) {
			Optional<Image> cover = this.images.findById(form.coverId());
			if (cover.isEmpty()) {
				reject(errors, "coverId", "newsCoverUnknown");
			}
			else if (!cover.get().isPublishable()) {
				reject(errors, "coverId", "newsCoverWithoutConsent");
			}
		}
	}

	NewsItem create(NewsForm form) {
		NewsItem item = new NewsItem(null, form.title(), form.summary(), form.body(), this.clock.instant());
		item.setCreatedBy(actor());
		Changes changes = apply(form, item);
		this.news.save(item);
		this.revisions.created(AUDIT_TYPE, item.getId());
		this.audit.record("CREATE", AUDIT_TYPE, item.getId(), item.getTitle(), changes.fields());
		return item;
	}

	void update(long id, NewsForm form) {
		this.revisions.track(AUDIT_TYPE, id);
		NewsItem item = find(id);
		String before = item.getSlug();
		Changes changes = apply(form, item);
		// the old address keeps working: a 301 to the new one
		this.redirects.moved("/actualites/" + before, "/actualites/" + item.getSlug());
		if (!changes.fields().isEmpty()) {
			item.setUpdatedBy(actor());
		}
		this.audit.record("UPDATE", AUDIT_TYPE, item.getId(), item.getTitle(), changes.fields());
	}

	/**
	 * The item as the form would make it, for a preview: the form is applied as a save would,
	 * without the audit log. Call it only in a transaction that is rolled back.
	 */
	NewsItem applyUnsaved(NewsItem current, NewsForm form) {
		NewsItem item = (current != null) ? current
				: new NewsItem(null, form.title(), form.summary(), form.body(), this.clock.instant());
		apply(form, item);
		return item;
	}

	void delete(long id) {
		NewsItem item = find(id);
		this.audit.record("DELETE", AUDIT_TYPE, item.getId(), item.getTitle(), List.of());
		this.news.delete(item);
	}

	private Changes apply(NewsForm form, NewsItem n) {
		Image cover = (form.coverId() != null) ? this.images.findById(form.coverId()).orElse(null) : null;
		Changes changes = new Changes().set("title", n.getTitle(), form.title(), n::setTitle)
			.set("slug", n.getSlug(), (form.slug() != null) ? form.slug() : freeSlug(form.title(), n), n::setSlug)
			.set("summary", n.getSummary(), form.summary(), n::setSummary)
			.set("body", n.getBody(), form.body(), n::setBody)
			.set("cover", n.getCover(), cover, n::setCover)
			.set("publishAt", n.getPublishAt(), start(form, n), n::setPublishAt)
			.set("unpublishAt", n.getUnpublishAt(), instant(form.unpublishAt()), n::setUnpublishAt);
		changes.changed("programmes", Relations.replace(n.getProgrammes(),
				Relations.byPosition(this.programmes.findAllById(form.programmes()))));
		changes.changed("projects", Relations.replace(n.getProjects(),
				Relations.byPosition(this.projects.findAllById(form.projects()))));
		return changes;
	}

	private Instant start(NewsForm form, NewsItem current) {
		return switch (form.publication()) {
			case DRAFT -> null;
			case NOW -> publishNow(current);
			case AT_DATE -> instant(form.publishAt());
		};
	}

	/** Now, or the item's own date when it is already public: publishing again does not date it anew. */
	private Instant publishNow(NewsItem current) {
		Instant now = this.clock.instant();
		if (current != null && current.getPublishAt() != null && !current.getPublishAt().isAfter(now)) {
			return current.getPublishAt();
		}
		return now;
	}

	/** The title made a slug, with "-2", "-3"... when another item has it. */
	private String freeSlug(String title, NewsItem item) {
		String base = Slugs.of(title);
		if (base.equals(item.getSlug())) {
			return base;
		}
		String slug = base;
		for (int i = 2; this.news.findBySlug(slug).filter(o -> !o.equals(item)).isPresent(); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}

	/** A date and time typed in Bujumbura time ("2026-03-12T09:30"), or null when it is not one. */
	static Instant instant(String value) {
		return PublicationTime.parse(value);
	}

	/** A field error; a form error when the form could not even be built (other fields not converted). */
	private static void reject(Errors errors, String field, String code) {
		if (errors instanceof BindingResult result && result.getTarget() == null) {
			errors.reject(code);
		}
		else {
			errors.rejectValue(field, code);
		}
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : null;
	}

}
