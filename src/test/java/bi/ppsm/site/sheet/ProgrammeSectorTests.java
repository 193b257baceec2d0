package bi.ppsm.site.sheet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The seed's sector proposal for a programme stays a proposal until staff confirm or change it; rolled back. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ProgrammeSectorTests {

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate seedJdbc;

	@org.junit.jupiter.api.BeforeEach
	void seedProposal() {
		bi.ppsm.site.iati.ProposedSectors.restore(this.seedJdbc);
	}


	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProgrammeRepository programmes;

	@Test
	void theFormShowsTheProposalAndASaveDoesNotConfirmItSilently() throws Exception {
		Programme p = this.programmes.findBySlug("rapatriement").orElseThrow();
		String form = edit(p);
		assertThat(form).contains("est une proposition du site pour le fichier IITA", "Je confirme ce secteur");
		assertThat(post(p, Map.of("name", "Rapatriement"))).hasStatus3xxRedirection();
		assertThat(this.programmes.findBySlug("rapatriement").orElseThrow().getSectors())
			.singleElement()
			.satisfies(s -> assertThat(s.isProposed()).isTrue());
	}

	@Test
	void tickingConfirmMakesItTheirChoice() throws Exception {
		Programme p = this.programmes.findBySlug("rapatriement").orElseThrow();
		assertThat(post(p, Map.of("confirmSectors", "true"))).hasStatus3xxRedirection();
		assertThat(this.programmes.findBySlug("rapatriement").orElseThrow().getSectors())
			.singleElement()
			.satisfies(s -> {
				assertThat(s.getCode()).isEqualTo("12340");
				assertThat(s.isProposed()).isFalse();
			});
		assertThat(edit(p)).doesNotContain("est une proposition du site", "Je confirme ce secteur");
	}

	@Test
	void changingTheSectorReplacesTheProposal() throws Exception {
		Programme p = this.programmes.findBySlug("rapatriement").orElseThrow();
		assertThat(post(p, Map.of("sectors[0]", "15190", "sectorShares[0]", "70", "sectors[1]", "12340",
				"sectorShares[1]", "30"))).hasStatus3xxRedirection();
		assertThat(this.programmes.findBySlug("rapatriement").orElseThrow().getSectors())
			.extracting(s -> s.getCode() + ":" + s.isProposed())
			.containsExactly("15190:false", "12340:false");
	}

	private String edit(Programme p) throws Exception {
		return this.mvc.get().uri("/admin/programmes/" + p.getId()).with(user("e@test").roles("EDITOR")).exchange()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcTestResult post(Programme p, Map<String, String> changes) throws Exception {
		List<Map.Entry<String, String>> fields = FormFields.with(FormFields.of(edit(p)), changes);
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/admin/programmes/" + p.getId())
			.with(user("e@test").roles("EDITOR")).with(csrf());
		fields.forEach(f -> request.param(f.getKey(), f.getValue()));
		return this.mvc.perform(request);
	}

}
