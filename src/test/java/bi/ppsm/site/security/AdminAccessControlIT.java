package bi.ppsm.site.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;

import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.security.Endpoints.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every admin URL, GET and POST, read from Spring MVC and filled with real ids: a visitor is
 * sent to the sign-in page and sees nothing; each role reaches exactly its part (editors no
 * accounts, audit log, backups or inbox; inbox handlers only the inbox, the dashboard and their
 * password and second factor; member contributors only their organisation's pages, which no
 * other role opens, the dashboard and their password and second factor); someone half signed in (right password, second factor still
 * to give or to set up) reaches only that step; a refused request writes nothing.
 */
class AdminAccessControlIT extends MockMvcSuite {

	/** The second step of signing in: who has passed it is sent on to the dashboard. */
	static final String SECOND_STEP = "/admin/second-facteur";

	/** What the brief of the back office says each role may reach. */
	static boolean allowed(StaffRole role, String path) {
		boolean inbox = path.equals("/admin/messages") || path.startsWith("/admin/messages/");
		boolean personalData = path.startsWith("/admin/messages/personne");
		boolean administratorsOnly = path.startsWith("/admin/comptes") || path.startsWith("/admin/journal")
				|| path.startsWith("/admin/sauvegardes") || personalData;
		boolean everyone = path.equals("/admin") || path.equals("/admin/") || path.equals("/admin/mot-de-passe")
				|| path.equals(SECOND_STEP) || path.startsWith("/admin/compte/second-facteur");
		// a member contributor's own pages: their organisation's sheet and service points, by proposals
		boolean contributorsOnly = path.equals("/admin/ma-structure") || path.startsWith("/admin/ma-structure/");
		return switch (role) {
			case ADMINISTRATOR -> !contributorsOnly;
			case EDITOR -> !inbox && !administratorsOnly && !contributorsOnly;
			case INBOX_HANDLER -> (inbox && !personalData) || everyone;
			case MEMBER_CONTRIBUTOR -> contributorsOnly || everyone;
		};
	}

	List<Endpoint> adminEndpoints() {
		List<Endpoint> all = new ArrayList<>(Endpoints.admin(this.context, RequestMethod.GET));
		all.addAll(Endpoints.admin(this.context, RequestMethod.POST));
		assertThat(all).as("admin mappings found").hasSizeGreaterThan(80);
		return all;
	}

	@Test
	void visitorsAreSentToTheSignInPageAndNothingIsWritten() throws Exception {
		var before = DatabaseFingerprint.of(this.jdbc);
		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : adminEndpoints()) {
			String url = this.fixtures.url(endpoint.pattern());
			MvcTestResult result = (endpoint.method() == RequestMethod.GET) ? this.mvc.get().uri(url).exchange()
					: this.mvc.post().uri(url).with(csrf()).param("text", "intrus").exchange();
			String location = result.getResponse().getRedirectedUrl();
			if (endpoint.pattern().startsWith("/admin/brouillons") || endpoint.pattern().startsWith("/admin/markdown/")) {
				// background calls of admin pages (autosaved drafts, Markdown preview): a bare 401, no redirect
				if (result.getResponse().getStatus() != 401 || !result.getResponse().getContentAsString().isEmpty()) {
					failures.add(endpoint + ": " + result.getResponse().getStatus());
				}
				continue;
			}
			if (result.getResponse().getStatus() != 302 || location == null || !location.endsWith("/login")
					|| !result.getResponse().getContentAsString().isEmpty()) {
				failures.add(endpoint + " (" + url + "): " + result.getResponse().getStatus() + " → " + location);
			}
		}
		assertThat(failures).as("admin URLs a visitor could reach").isEmpty();
		assertThat(DatabaseFingerprint.of(this.jdbc)).as("database after a visitor's requests").isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(StaffRole.class)
	void eachRoleReachesExactlyItsPart(StaffRole role) {
		var before = DatabaseFingerprint.of(this.jdbc);
		List<String> failures = new ArrayList<>();
		int refused = 0;
		for (Endpoint endpoint : adminEndpoints()) {
			String url = this.fixtures.url(endpoint.pattern());
			MvcTestResult result = this.submissions.rolledBack(() -> (endpoint.method() == RequestMethod.GET)
					? this.mvc.get().uri(url).with(Submissions.as(this.fixtures, role)).exchange()
					: this.mvc.post().uri(url).with(csrf()).with(Submissions.as(this.fixtures, role)).exchange());
			int status = result.getResponse().getStatus();
			if (allowed(role, endpoint.pattern())) {
				boolean reached = (endpoint.method() == RequestMethod.GET)
						? status == 200 || (endpoint.pattern().equals(SECOND_STEP) && status == 302
								&& "/admin".equals(result.getResponse().getRedirectedUrl()))
						: status != 401 && status != 403 && status < 500;
				if (!reached) {
					failures.add(endpoint + " should be open to " + role + ", got " + status);
				}
			}
			else {
				refused++;
				if (status != 403) {
					failures.add(endpoint + " should be refused to " + role + ", got " + status);
				}
			}
		}
		assertThat(failures).as("admin URLs for %s", role).isEmpty();
		assertThat(refused).as("URLs refused to %s", role).isGreaterThan((role == StaffRole.ADMINISTRATOR) ? 0 : 10);
		assertThat(DatabaseFingerprint.of(this.jdbc)).as("database after the requests of %s", role).isEqualTo(before);
	}

	/**
	 * After the password, before the second factor: every other admin URL, GET or POST, whatever
	 * the role, sends back to the one page of that step (the marks are those of
	 * account/SecondFactorGate), or is refused when the role could not open it anyway; nothing is
	 * written.
	 */
	@ParameterizedTest
	@EnumSource(StaffRole.class)
	void halfSignedInReachesOnlyTheSecondStep(StaffRole role) {
		var before = DatabaseFingerprint.of(this.jdbc);
		List<String> failures = new ArrayList<>();
		String[][] steps = { { "SECOND_FACTOR_PENDING", SECOND_STEP },
				{ "SECOND_FACTOR_ENROLMENT_REQUIRED", "/admin/compte/second-facteur" } };
		for (String[] step : steps) {
			var halfSignedIn = user(this.fixtures.login(role)).authorities(() -> role.authority(), () -> step[0]);
			for (Endpoint endpoint : adminEndpoints()) {
				String url = this.fixtures.url(endpoint.pattern());
				if (url.equals(step[1])) {
					continue;
				}
				MvcTestResult result = this.submissions.rolledBack(() -> (endpoint.method() == RequestMethod.GET)
						? this.mvc.get().uri(url).with(halfSignedIn).exchange()
						: this.mvc.post().uri(url).with(csrf()).with(halfSignedIn).param("code", "123456").exchange());
				boolean sentBack = result.getResponse().getStatus() == 302
						&& step[1].equals(result.getResponse().getRedirectedUrl());
				// a URL of another role is refused before the second step is even considered
				boolean refused = result.getResponse().getStatus() == 403 && !allowed(role, endpoint.pattern());
				if (!sentBack && !refused) {
					failures.add(endpoint + " (" + step[0] + "): " + result.getResponse().getStatus() + " → "
							+ result.getResponse().getRedirectedUrl());
				}
			}
		}
		assertThat(failures).as("admin URLs reached half signed in as %s", role).isEmpty();
		assertThat(DatabaseFingerprint.of(this.jdbc)).as("database after the requests half signed in").isEqualTo(before);
	}

}
