package bi.ppsm.site.iati;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.programme.SectorShare;
import bi.ppsm.site.project.BudgetKind;
import bi.ppsm.site.project.BudgetLine;
import bi.ppsm.site.project.BudgetLineRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.settings.SiteSettingsRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The IATI files on the whole application and the real PostgreSQL, validated against the
 * official 2.03 schemas: with the seed alone (the programmes as hierarchy-1 activities) and
 * with a fuller project; identifiers frozen at the first export. Each test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class IatiExportTests {

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate seedJdbc;

	@org.junit.jupiter.api.BeforeEach
	void seedProposal() {
		bi.ppsm.site.iati.ProposedSectors.restore(this.seedJdbc);
	}


	static final String ORGANISATION = "BI-NIF-4000123456";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProjectRepository projects;

	@Autowired
	BudgetLineRepository lines;

	@Autowired
	SiteSettingsRepository settings;

	@Autowired
	bi.ppsm.site.organisation.OrganisationRepository organisations;

	@Test
	void nothingIsPublishedBeforeTheOrganisationIdentifierIsSet() {
		assertThat(this.mvc.get().uri("/iati/activities.xml")).hasStatus(404);
		assertThat(this.mvc.get().uri("/iati/organisation.xml")).hasStatus(404);
	}

	@Test
	void withTheSeedAloneTheFileHoldsTheProgrammesAndIsValid() throws Exception {
		identifier(ORGANISATION);
		String xml = get("/iati/activities.xml");
		IatiSchemas.validateActivities(xml);
		Document doc = Jsoup.parse(xml, Parser.xmlParser());
		assertThat(doc.select("iati-activities").attr("version")).isEqualTo("2.03");
		assertThat(doc.select("iati-activity")).hasSize(6).allSatisfy(a -> {
			assertThat(a.attr("hierarchy")).isEqualTo("1");
			assertThat(a.attr("xml:lang")).isEqualTo("fr");
			assertThat(a.attr("default-currency")).isEqualTo("BIF");
			assertThat(a.selectFirst("iati-identifier").text()).startsWith(ORGANISATION + "-PROG");
			assertThat(a.select("reporting-org").attr("ref")).isEqualTo(ORGANISATION);
			assertThat(a.select("reporting-org").attr("type")).isEqualTo("22");
			assertThat(a.select("participating-org[role=4][ref=" + ORGANISATION + "]")).hasSize(1);
			assertThat(a.select("sector[vocabulary=1][code=12340][percentage=100]")).hasSize(1);
			assertThat(a.select("activity-date[type=2]")).hasSize(1);
		});
		Element rapatriement = activity(doc, "Rapatriement");
		assertThat(rapatriement.select("activity-status").attr("code")).isEqualTo("3");
		assertThat(rapatriement.select("activity-date[type=2]").attr("iso-date")).isEqualTo("2020-04-01");
		assertThat(rapatriement.select("activity-date[type=4]").attr("iso-date")).isEqualTo("2025-03-30");
		assertThat(rapatriement.select("participating-org[role=1] narrative").eachText())
			.containsExactly("Programme de cohésion sociale de la GIZ", "Pain pour le Monde");
		// identifiers are stored at the first export
		assertThat(this.jdbc.queryForList("select iati_identifier from programme where iati_identifier is not null",
				String.class)).hasSize(6);
		assertThat(this.jdbc.queryForObject("select count(*) from project where iati_identifier is not null", Integer.class))
			.isZero();
	}

	@Test
	void anIdentifierStaysFrozenWhenTheOrganisationIdentifierChanges() throws Exception {
		identifier(ORGANISATION);
		String first = Jsoup.parse(get("/iati/activities.xml"), Parser.xmlParser()).selectFirst("iati-identifier").text();
		identifier("BI-NIF-4000999999");
		String xml = get("/iati/activities.xml");
		IatiSchemas.validateActivities(xml);
		Element activity = Jsoup.parse(xml, Parser.xmlParser()).selectFirst("iati-activity");
		assertThat(activity.selectFirst("iati-identifier").text()).isEqualTo(first);
		assertThat(activity.select("reporting-org").attr("ref")).isEqualTo("BI-NIF-4000999999");
		// the ruleset's identifier rule holds through the previous reporting organisation
		assertThat(activity.select("other-identifier[type=B1]").attr("ref")).isEqualTo(ORGANISATION);
	}

	@Test
	void aFullerProjectIsAChildActivityWithItsBudgetAndValidates() throws Exception {
		identifier(ORGANISATION);
		Project p = this.projects.findBySlug("tura-utuze").orElseThrow();
		p.setPeriod(new Period(LocalDate.of(2023, 1, 1), DatePrecision.YEAR, LocalDate.of(2027, 6, 1), DatePrecision.MONTH));
		p.setActualPeriod(new Period(LocalDate.of(2023, 3, 1), DatePrecision.MONTH, null, null));
		p.getSectors().add(new SectorShare("12340", new BigDecimal("70")));
		p.getSectors().add(new SectorShare("15190", new BigDecimal("30")));
		p.setDescription("Une description & des <signes>.");
		BudgetLine year = new BudgetLine(p, BudgetKind.TOTAL, new BigDecimal("250000000"), "BIF");
		year.setPeriod(new Period(LocalDate.of(2024, 1, 1), DatePrecision.YEAR, LocalDate.of(2024, 1, 1), DatePrecision.YEAR));
		BudgetLine phase = new BudgetLine(p, BudgetKind.TOTAL, new BigDecimal("15279230"), "EUR");
		phase.setPeriod(new Period(LocalDate.of(2023, 1, 1), DatePrecision.YEAR, LocalDate.of(2027, 1, 1), DatePrecision.YEAR));
		phase.setPosition(2);
		this.lines.save(year);
		this.lines.save(phase);
		this.projects.flush();
		p.getBudgetLines().add(year);
		p.getBudgetLines().add(phase);
		String xml = get("/iati/activities.xml");
		IatiSchemas.validateActivities(xml);
		Document doc = Jsoup.parse(xml, Parser.xmlParser());
		Element project = doc.select("iati-activity[hierarchy=2]").first();
		assertThat(project).isNotNull();
		assertThat(project.selectFirst("iati-identifier").text()).isEqualTo(ORGANISATION + "-PROJ" + p.getId());
		assertThat(project.select("activity-status").attr("code")).isEqualTo("2");
		assertThat(project.select("activity-date").eachAttr("type")).containsExactly("1", "2", "3");
		assertThat(project.select("activity-date[type=3]").attr("iso-date")).isEqualTo("2027-06-30");
		assertThat(project.select("sector").eachAttr("percentage")).containsExactly("70", "30");
		// only the yearly budget: the five-year one breaks the one-year rule and stays out
		assertThat(project.select("budget")).hasSize(1);
		assertThat(project.select("budget value").text()).isEqualTo("250000000");
		assertThat(project.select("budget period-end").attr("iso-date")).isEqualTo("2024-12-31");
		assertThat(project.select("description narrative").text()).isEqualTo("Une description & des <signes>.");
		String parent = project.select("related-activity[type=1]").attr("ref");
		assertThat(doc.select("iati-activity[hierarchy=1] related-activity[type=2][ref=" + project.selectFirst("iati-identifier").text() + "]"))
			.hasSize(1);
		assertThat(parent).startsWith(ORGANISATION + "-PROG");
		assertThat(this.jdbc.queryForObject("select iati_identifier from project where slug = 'tura-utuze'", String.class))
			.isEqualTo(ORGANISATION + "-PROJ" + p.getId());
	}

	@Test
	void fundersSharesAndDisbursementsAreTransactionsWhenTheirDateIsKnownAndPast() throws Exception {
		identifier(ORGANISATION);
		Project p = readyProject();
		bi.ppsm.site.organisation.Organisation pplm = this.organisations.findBySlug("pplm").orElseThrow();
		BudgetLine share = new BudgetLine(p, BudgetKind.FUNDER_SHARE, new BigDecimal("120000.50"), "EUR");
		share.setPeriod(new Period(LocalDate.of(2023, 3, 1), DatePrecision.MONTH, LocalDate.of(2027, 1, 1), DatePrecision.YEAR));
		share.setFunder(pplm);
		BudgetLine disbursed = new BudgetLine(p, BudgetKind.DISBURSED, new BigDecimal("45000"), "EUR");
		disbursed.setPeriod(new Period(LocalDate.of(2023, 1, 1), DatePrecision.YEAR, LocalDate.of(2024, 6, 1), DatePrecision.MONTH));
		disbursed.setFunder(pplm);
		disbursed.setPosition(2);
		// left out: no date, and a disbursement dated in the future
		BudgetLine undated = new BudgetLine(p, BudgetKind.DISBURSED, new BigDecimal("1000"), "EUR");
		undated.setPosition(3);
		BudgetLine future = new BudgetLine(p, BudgetKind.DISBURSED, new BigDecimal("2000"), "EUR");
		future.setPeriod(new Period(LocalDate.of(2098, 1, 1), DatePrecision.YEAR, LocalDate.of(2099, 1, 1), DatePrecision.YEAR));
		future.setPosition(4);
		for (BudgetLine line : java.util.List.of(share, disbursed, undated, future)) {
			this.lines.save(line);
			p.getBudgetLines().add(line);
		}
		this.projects.flush();
		String xml = get("/iati/activities.xml");
		IatiSchemas.validateActivities(xml);
		Element project = Jsoup.parse(xml, Parser.xmlParser()).select("iati-activity[hierarchy=2]").first();
		assertThat(project).isNotNull();
		assertThat(project.select("transaction")).hasSize(2);
		Element commitment = project.select("transaction").get(0);
		assertThat(commitment.select("transaction-type").attr("code")).isEqualTo("11");
		assertThat(commitment.select("transaction-date").attr("iso-date")).isEqualTo("2023-03-01");
		assertThat(commitment.select("value").attr("currency")).isEqualTo("EUR");
		assertThat(commitment.select("value").attr("value-date")).isEqualTo("2023-03-01");
		assertThat(commitment.select("value").text()).isEqualTo("120000.5");
		assertThat(commitment.select("provider-org narrative").text()).isEqualTo(pplm.getName());
		assertThat(commitment.select("receiver-org").attr("ref")).isEqualTo(ORGANISATION);
		Element incoming = project.select("transaction").get(1);
		assertThat(incoming.select("transaction-type").attr("code")).isEqualTo("1");
		assertThat(incoming.select("transaction-date").attr("iso-date")).isEqualTo("2024-06-30");
		assertThat(incoming.select("value").text()).isEqualTo("45000");
		String page = this.mvc.get().uri("/admin/iati").with(user("e@test").roles("EDITOR")).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("n’est pas exportée comme transaction : il lui faut une date",
				"n’est pas encore exportée comme transaction : sa date (2099-12-31) est dans le futur");
	}

	/** Tura Utuze with what IATI needs: a start date and a sector. */
	private Project readyProject() {
		Project p = this.projects.findBySlug("tura-utuze").orElseThrow();
		p.setPeriod(new Period(LocalDate.of(2023, 1, 1), DatePrecision.YEAR, LocalDate.of(2027, 6, 1), DatePrecision.MONTH));
		p.getSectors().add(new SectorShare("12340", new BigDecimal("100")));
		return p;
	}

	@Test
	void theOrganisationFileValidates() throws Exception {
		identifier(ORGANISATION);
		String xml = get("/iati/organisation.xml");
		IatiSchemas.validateOrganisation(xml);
		assertThat(Jsoup.parse(xml, Parser.xmlParser()).select("organisation-identifier").text()).isEqualTo(ORGANISATION);
	}

	@Test
	void theAdminPageSaysWhatIsExportedAndWhatIsLeftOutAndWhy() throws Exception {
		identifier(ORGANISATION);
		String page = this.mvc.get().uri("/admin/iati").with(user("e@test").roles("EDITOR")).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Rapatriement", "Tura Utuze", "Aucune date de début", "Aucun secteur",
				"12340 · Promotion de la santé mentale et du bien-être", "à confirmer");
	}

	@Test
	void theProjectEditPageSaysWhetherItIsReadyForIati() throws Exception {
		long id = this.projects.findBySlug("tura-utuze").orElseThrow().getId();
		String before = this.mvc.get().uri("/admin/projets/" + id).with(user("e@test").roles("EDITOR")).exchange()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(before).select("#iati-pret ~ ul li").eachText()).contains(
				"À corriger : L’identifiant d’organisation IITA de la PPSM n’est pas encore indiqué dans les paramètres : aucun fichier n’est publié.",
				"À corriger : Aucune date de début, prévue ou effective.", "À corriger : Aucun secteur (CAD) choisi.");
		identifier(ORGANISATION);
		Project p = this.projects.findBySlug("tura-utuze").orElseThrow();
		p.setPeriod(new Period(LocalDate.of(2023, 1, 1), DatePrecision.YEAR, null, null));
		p.getSectors().add(new SectorShare("12340", new BigDecimal("100")));
		this.projects.flush();
		String after = this.mvc.get().uri("/admin/projets/" + id).with(user("e@test").roles("EDITOR")).exchange()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(after).contains("Oui : ce projet figure dans le fichier IITA.");
	}

	private static Element activity(Document doc, String title) {
		return doc.select("iati-activity").stream()
			.filter(a -> a.selectFirst("title narrative").text().equals(title))
			.findFirst()
			.orElseThrow();
	}

	private void identifier(String identifier) {
		this.settings.get().setIatiIdentifier(identifier);
		this.settings.flush();
	}

	private String get(String url) throws Exception {
		var result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/xml");
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
