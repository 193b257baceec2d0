package bi.ppsm.site.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;

/**
 * The news items visitors may see now (by the application clock), loaded with what the public
 * pages show, for the news pages and for the blocks of the home, programme and project pages.
 */
@Service
@Transactional(readOnly = true)
public class PublishedNews {

	/** Items per page of {@code /actualites}. */
	public static final int PAGE_SIZE = 10;

	/** Items of a feed. */
	public static final int FEED_SIZE = 20;

	/** Items of the news block of a programme or project page. */
	public static final int BLOCK_SIZE = 3;

	private final NewsRepository news;

	private final Clock clock;

	PublishedNews(NewsRepository news, Clock clock) {
		this.news = news;
		this.clock = clock;
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** One page of the list, of one programme or of all (null). */
	public Page<NewsItem> page(Programme programme, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		return (programme == null) ? this.news.findVisible(now(), request)
				: this.news.findVisibleForProgramme(programme, now(), request);
	}

	public List<NewsItem> latest(int count) {
		return this.news.findLatest(now(), PageRequest.of(0, count));
	}

	/** The newest items of a programme; none for a programme not saved yet (a preview). */
	public List<NewsItem> latest(Programme programme, int count) {
		if (programme == null || programme.getId() == null) {
			return List.of();
		}
		return this.news.findLatestForProgramme(programme, now(), PageRequest.of(0, count));
	}

	/** The newest items of a project; none for a project not saved yet (a preview). */
	public List<NewsItem> latest(Project project, int count) {
		if (project == null || project.getId() == null) {
			return List.of();
		}
		return this.news.findVisibleForProject(project, now(), PageRequest.of(0, count));
	}

	/** A visible item with its programmes and projects, or nothing (draft, scheduled, expired, unknown). */
	public Optional<NewsItem> bySlug(String slug) {
		Instant now = now();
		return this.news.findBySlug(slug).filter(n -> n.isVisibleAt(now)).map(PublishedNews::load);
	}

	/** Other visible items of the same projects, newest first. */
	public List<NewsItem> others(NewsItem item, int count) {
		if (item.getId() == null || item.getProjects().isEmpty()) {
			return List.of();
		}
		return this.news.findVisibleSharingAProject(item, now(), PageRequest.of(0, count));
	}

	/** Every visible item (the sitemap). */
	public List<NewsItem> all() {
		return this.news.findLatest(now(), PageRequest.of(0, 10_000));
	}

	static NewsItem load(NewsItem item) {
		Hibernate.initialize(item.getCover());
		Hibernate.initialize(item.getProgrammes());
		item.getProjects().forEach(p -> Hibernate.initialize(p.getProgramme()));
		return item;
	}

}
