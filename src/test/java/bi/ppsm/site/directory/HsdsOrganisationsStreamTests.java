package bi.ppsm.site.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.OrganisationRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS organisations file written one organisation at a time, read in batches (issue 19),
 * on the whole application and the real PostgreSQL: with more organisations than a batch, it is
 * byte for byte the page the whole list made before (the organisations of the published points
 * where their first point comes by name, then the other members by name, once each; drafts'
 * organisations left out). The file is kept until the next content change: the test waits for
 * its inserts to be heard.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HsdsOrganisationsStreamTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HsdsExport export;

	@Autowired
	PublishedServicePoints points;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	JsonMapper json;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PageCache cache;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from service_point where name like 'Point en flux %'");
		this.jdbc.update("delete from organisation where slug like 'flux-%' and parent_id is not null");
		this.jdbc.update("delete from organisation where slug like 'flux-%'");
	}

	@Test
	void theStreamedFileIsThePageTheWholeListMade() throws Exception {
		awaitChangesHeard();
		long before = this.cache.contentVersion();
		this.jdbc.update("insert into organisation (slug, name, member) values ('flux-parent', 'Flux parent', true)");
		for (int i = 0; i < 200; i++) {
			// names in another order than the points', some members, one with a parent
			long organisation = this.jdbc.queryForObject("""
					insert into organisation (slug, name, acronym, member, parent_id)
					values (?, ?, ?, ?, case when ? then (select id from organisation where slug = 'flux-parent') end)
					returning id""", Long.class, "flux-" + i, "Flux " + (300 - i), (i % 3 == 0) ? "FX" + i : null,
					i % 4 == 0, i % 10 == 0);
			if (i % 5 != 4) {
				this.jdbc.update("""
						insert into service_point (organisation_id, name, services, province_id, address, published)
						select ?, ?, array['PSYCHOSOCIAL_SUPPORT']::varchar[], id, 'Colline', ?
						from zone where slug = 'gitega-2025'""", organisation, "Point en flux " + (i % 37) + "-" + i,
						i % 7 != 6);
			}
		}
		// the file is kept until a content change is heard (HsdsFiles)
		awaitChangeFrom(before);
		MvcTestResult result = this.mvc.get().uri("/donnees/hsds/organizations").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		byte[] streamed = result.getResponse().getContentAsByteArray();
		byte[] whole = this.transactions.execute(status -> this.json.writeValueAsBytes(HsdsExport.page(wholeList())));
		assertThat(new String(streamed, java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo(new String(whole, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(streamed).isEqualTo(whole);
		long expected = this.jdbc.queryForObject("""
				select count(*) from organisation o where o.member or exists
				(select 1 from service_point p where p.published and p.organisation_id = o.id)""", Long.class);
		assertThat(this.json.readTree(streamed).get("contents").size()).isEqualTo((int) expected).isGreaterThan(HsdsExport.BATCH);
	}

	private void awaitChangesHeard() throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (this.cache.contentVersion() < 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(this.cache.contentVersion()).as("content changes are heard").isNotNegative();
	}

	private void awaitChangeFrom(long version) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (this.cache.contentVersion() == version && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(this.cache.contentVersion()).as("the change was heard").isNotEqualTo(version);
	}

	/** As the file was made before: every published point's organisation, then the members, once each. */
	private List<Map<String, Object>> wholeList() {
		Set<Organisation> all = new LinkedHashSet<>();
		this.points.all().forEach(p -> all.add(p.getOrganisation()));
		all.addAll(this.organisations.findByMemberTrueOrderByNameAsc());
		List<Map<String, Object>> list = new ArrayList<>();
		all.forEach(o -> list.add(this.export.organization(o)));
		return list;
	}

}
