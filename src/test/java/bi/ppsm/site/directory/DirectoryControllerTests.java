package bi.ppsm.site.directory;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.media.ImageLibrary;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

@WebSliceTest(DirectoryController.class)
class DirectoryControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PublishedServicePoints points;

	@MockitoBean
	OrganisationRepository organisations;

	@MockitoBean
	BranchRepository branches;

	@MockitoBean
	Places places;

	@MockitoBean
	ImageLibrary images;

	@Test
	void anEmptySearchPointsTo116AndTheContactForm() {
		given(this.points.search(any(), any(), any(), anyBoolean(), anyInt())).willReturn(Page.empty());
		assertThat(this.mvc.get().uri("/trouver-de-l-aide?besoin=inconnu&page=abc")).hasStatusOk()
			.hasViewName("directory/search")
			.bodyText()
			.contains("Aucun lieu d’aide ne correspond", "appelez gratuitement la ligne 116", "href=\"/contact\"",
					"<form class=\"help-search\" action=\"/trouver-de-l-aide\" method=\"get\"");
	}

	@Test
	void membersShowTheirContactAndYearOfJoining() {
		Organisation member = new Organisation("aps", "APS", "Association pour la santé");
		member.setMember(true);
		member.setMemberSince(2012);
		member.setContactPhone("+257 22 00 11 22");
		member.setContactEmail("contact@aps.bi");
		given(this.organisations.findByMemberTrueOrderByNameAsc()).willReturn(List.of(member));
		given(this.branches.findAllByOrderByPosition()).willReturn(List.of());
		given(this.images.publishableByIds(any())).willReturn(Map.of());
		assertThat(this.mvc.get().uri("/membres")).hasStatusOk()
			.bodyText()
			.contains("APS", "Association pour la santé", "Membre depuis 2012", "href=\"tel:+25722001122\"",
					"mailto:contact@aps.bi", "Les adresses des antennes seront publiées ici");
	}

	@Test
	void anUnknownOrDraftPointIsNotFound() {
		assertThat(this.mvc.get().uri("/trouver-de-l-aide/42")).hasStatus(404);
		assertThat(this.mvc.get().uri("/trouver-de-l-aide/abc")).hasStatus(404);
	}

}
