package bi.ppsm.site.catalog;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.catalog.Catalog.ProjectDetail;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectStatus;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

@WebSliceTest(ProjectController.class)
@Import(RelatedContent.class)
class ProjectControllerTests {

	/** The news blocks of the public pages (none here). */
	@MockitoBean
	PublishedNews news;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Catalog catalog;

	@MockitoBean
	ProjectListing listing;

	static Project project(String slug, ProjectStatus status) {
		Programme programme = new Programme("rapatriement", "Rapatriement", "Résumé");
		programme.setPublished(true);
		Project project = new Project(programme, slug, "Projet " + slug, status);
		project.setPublished(true);
		return project;
	}

	/** The listing's answer: {@code shown} as page {@code number} of {@code matching} projects. */
	static ProjectListing.Listing listing(ProjectFilter filter, List<Project> shown, int number, long matching,
			long total) {
		return new ProjectListing.Listing(filter,
				new PageImpl<>(shown, PageRequest.of(number, ProjectListing.PAGE_SIZE), matching), total, List.of(),
				List.of());
	}

	static final ProjectFilter NONE = new ProjectFilter(null, null, null, false);

	static List<Project> projects(int from, int to) {
		List<Project> list = new java.util.ArrayList<>();
		for (int i = from; i < to; i++) {
			list.add(project("projet-" + i, ProjectStatus.ONGOING));
		}
		return list;
	}

	@Test
	void listShowsTheFilteredPageWithItsCountAndKeepsTheFilterChosen() {
		given(this.listing.list("ONGOING", null, null, 0)).willReturn(listing(
				new ProjectFilter(ProjectStatus.ONGOING, null, null, false),
				List.of(project("tura-utuze", ProjectStatus.ONGOING)), 0, 1, 2));
		assertThat(this.mvc.get().uri("/projets?statut=ONGOING")).hasStatusOk()
			.hasViewName("projects/list")
			.bodyText()
			.contains("/projets/tura-utuze", "1 projet(s) sur 2", "<option value=\"ONGOING\" selected=\"selected\">");
	}

	@Test
	void unknownFilterValuesAreIgnored() {
		given(this.listing.list(any(), any(), any(), anyInt()))
			.willReturn(listing(NONE, List.of(project("isange", ProjectStatus.FINISHED)), 0, 1, 1));
		assertThat(this.mvc.get().uri("/projets?statut=%00%27&bailleur=x&zone=%3Cb%3E")).hasStatusOk()
			.bodyText()
			.contains("/projets/isange")
			.doesNotContain("<b>");
	}

	@Test
	void theListShowsTwentyFourProjectsAPageAndBadPageNumbersShowAPageNotAnError() {
		given(this.listing.list(null, null, null, 0)).willReturn(listing(NONE, projects(10, 34), 0, 30, 30));
		assertThat(this.mvc.get().uri("/projets")).hasStatusOk()
			.bodyText()
			.contains("/projets/projet-10", "/projets/projet-33", "Page 1 sur 2", "href=\"/projets?page=2\"",
					"30 projet(s) sur 30")
			.doesNotContain("/projets/projet-34");
		given(this.listing.list("ONGOING", null, null, 1)).willReturn(listing(
				new ProjectFilter(ProjectStatus.ONGOING, null, null, false), projects(34, 40), 1, 30, 30));
		assertThat(this.mvc.get().uri("/projets?statut=ONGOING&page=2")).hasStatusOk()
			.bodyText()
			.contains("/projets/projet-34", "/projets/projet-39", "Page 2 sur 2", "href=\"/projets?statut=ONGOING\"")
			.doesNotContain("/projets/projet-33");
		// anything but a page number is the first page (the listing shows the last for a number past the end)
		assertThat(this.mvc.get().uri("/projets?page=-1")).hasStatusOk().bodyText().contains("/projets/projet-10");
		assertThat(this.mvc.get().uri("/projets?page=deux")).hasStatusOk().bodyText().contains("Page 1 sur 2");
		assertThat(this.mvc.get().uri("/projets?page=99999999999")).hasStatusOk().bodyText().contains("Page 1 sur 2");
		given(this.listing.list(null, null, null, 6)).willReturn(listing(NONE, projects(34, 40), 1, 30, 30));
		assertThat(this.mvc.get().uri("/projets?page=7")).hasStatusOk().bodyText().contains("Page 2 sur 2");
	}

	@Test
	void onlyTheFinitelyManyPagesOfTheListAreWorthCaching() {
		given(this.listing.list(null, null, null, 0)).willReturn(listing(NONE, projects(10, 34), 0, 30, 30));
		given(this.listing.list(null, null, null, 1)).willReturn(listing(NONE, projects(34, 40), 1, 30, 30));
		given(this.listing.list(null, null, null, 6)).willReturn(listing(NONE, projects(34, 40), 1, 30, 30));
		assertThat(this.mvc.get().uri("/projets?page=2")).request()
			.attributes()
			.containsEntry(bi.ppsm.site.cache.PageCache.KNOWN_QUERY, Boolean.TRUE);
		assertThat(this.mvc.get().uri("/projets?page=7")).request()
			.attributes()
			.doesNotContainKey(bi.ppsm.site.cache.PageCache.KNOWN_QUERY);
		assertThat(this.mvc.get().uri("/projets?page=1")).request()
			.attributes()
			.doesNotContainKey(bi.ppsm.site.cache.PageCache.KNOWN_QUERY);
	}

	@Test
	void showRendersTheProject() {
		given(this.catalog.project("isange", false))
			.willReturn(Optional.of(new ProjectDetail(project("isange", ProjectStatus.FINISHED), List.of())));
		assertThat(this.mvc.get().uri("/projets/isange")).hasStatusOk()
			.hasViewName("projects/show")
			.bodyText()
			.contains("Projet isange", "Terminé", "/programmes/rapatriement");
	}

	@Test
	void unknownProjectIsNotFound() {
		given(this.catalog.project("inconnu", false)).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/projets/inconnu")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
