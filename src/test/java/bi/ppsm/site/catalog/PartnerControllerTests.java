package bi.ppsm.site.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.media.ImageLibrary;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebSliceTest(PartnerController.class)
class PartnerControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ImageLibrary imageLibrary;

	@MockitoBean
	Catalog catalog;

	@MockitoBean
	OrganisationRepository organisations;

	static Organisation organisation(long id, String slug, String acronym, String name) {
		Organisation organisation = new Organisation(slug, acronym, name);
		ReflectionTestUtils.setField(organisation, "id", id);
		return organisation;
	}

	@Test
	void groupsDonorsAndPartnersWithWhatTheyFund() {
		Organisation unicef = organisation(1, "unicef", "UNICEF", "Fonds des Nations Unies pour l'enfance");
		Organisation university = organisation(2, "universite-du-burundi", null, "Université du Burundi");
		Organisation idle = organisation(3, "inactif", "X", "Organisation sans engagement");
		Programme protection = new Programme("protection-de-l-enfance", "Protection de l'enfance", "Résumé");
		protection.getOrganisations().add(new Involvement(unicef, Role.FUNDER));
		protection.getOrganisations().add(new Involvement(university, Role.PARTNER));
		given(this.catalog.programmes()).willReturn(List.of(protection));
		given(this.catalog.projects()).willReturn(List.of());
		given(this.organisations.findAllByOrderByPositionAscNameAsc()).willReturn(List.of(unicef, university, idle));
		assertThat(this.mvc.get().uri("/partenaires")).hasStatusOk()
			.hasViewName("partners")
			.bodyText()
			.contains("UNICEF", "Finance les programmes", "Université du Burundi", "Partenaire des programmes",
					"/programmes/protection-de-l-enfance")
			.doesNotContain("Organisation sans engagement");
	}

}
