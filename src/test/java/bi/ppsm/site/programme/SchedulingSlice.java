package bi.ppsm.site.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import bi.ppsm.site.admin.DryRun;
import bi.ppsm.site.admin.RecordingTransactionManager;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.catalog.Catalog;
import bi.ppsm.site.catalog.PublicPages;
import bi.ppsm.site.catalog.RelatedContent;
import bi.ppsm.site.codelist.Codelists;
import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.redirect.Redirects;
import bi.ppsm.site.result.KeyResultRepository;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What the scheduling slice tests of the programme and project forms share: the services their
 * admin controllers use, the repositories mocked, a fixed clock (2026-12-01 09:00 UTC, 11:00 in
 * Bujumbura) and a form sent with its publication fields. A subclass adds
 * {@code @WebSliceTest} of its controller and imports its own service.
 */
@Import({ Relations.class, Codelists.class, SectorFields.class, DryRun.class, RecordingTransactionManager.class,
		PublicPages.class, RelatedContent.class, Catalog.class, SchedulingSlice.FixedClock.class })
public abstract class SchedulingSlice {

	public static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	@MockitoBean
	protected PublishedNews news;

	@MockitoBean
	protected AuditLog audit;

	@MockitoBean
	protected Redirects redirects;

	@MockitoBean
	protected ProgrammeRepository programmes;

	@MockitoBean
	protected ProjectRepository projects;

	@MockitoBean
	protected ZoneRepository zones;

	@MockitoBean
	protected OrganisationRepository organisations;

	@MockitoBean
	protected TargetGroupRepository targetGroups;

	@MockitoBean
	protected KeyResultRepository keyResults;

	@Autowired
	protected MockMvcTester mvc;

	/**
	 * A POST of the form at {@code uri} with its CSRF token, the other {@code fields} (name, value,
	 * name, value...) and the publication choice, with its dates when not null.
	 */
	protected MockMvcRequestBuilder send(String uri, String publication, String from, String until, String... fields) {
		MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		request = request.param("publication", publication);
		if (from != null) {
			request = request.param("publishFrom", from);
		}
		if (until != null) {
			request = request.param("publishUntil", until);
		}
		return request;
	}

	/** A saved programme (with that id) as the repositories return it. */
	protected static Programme programme(long id, String slug, String name) {
		Programme programme = new Programme(slug, name, "Résumé");
		ReflectionTestUtils.setField(programme, "id", id);
		return programme;
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
