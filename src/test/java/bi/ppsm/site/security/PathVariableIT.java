package bi.ppsm.site.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;

import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.security.Endpoints.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every URL with a variable ({@code {id}}, {@code {programmeId}}, {@code {slug}}...), GET and
 * POST, with each variable in turn replaced by what is not an id: text, a negative or huge
 * number, a fraction, encoded NUL, markup, SQL, a path traversal. Always a 400 or a 404 (an
 * administrator asks, or a member contributor for their own pages, so no role gets in the way),
 * never a 5xx, and the POSTs write nothing.
 */
class PathVariableIT extends MockMvcSuite {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	/** Already URL-encoded, as they would travel. */
	static final List<String> NOT_IDS = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "1e3", "%00",
			"%3Cscript%3Ealert(1)%3C%2Fscript%3E", "1%20OR%201%3D1--", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE1",
			"%C3%28", "x".repeat(5000));

	@Test
	void everyUrlVariableRefusesWhatIsNotAnId() {
		List<Endpoint> endpoints = Endpoints.all(this.context).stream().filter(e -> e.pattern().contains("{")).toList();
		assertThat(endpoints).as("URLs with variables").hasSizeGreaterThan(60);
		var before = DatabaseFingerprint.of(this.jdbc);
		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			Matcher variables = VARIABLE.matcher(endpoint.pattern());
			while (variables.find()) {
				for (String value : NOT_IDS) {
					String url = url(endpoint.pattern(), variables.group(), value);
					StaffRole role = endpoint.pattern().startsWith("/admin/ma-structure/") ? StaffRole.MEMBER_CONTRIBUTOR
							: StaffRole.ADMINISTRATOR;
					MvcTestResult result = (endpoint.method() == RequestMethod.GET)
							? this.mvc.get().uri(URI.create(url)).with(Submissions.as(this.fixtures, role)).exchange()
							: this.mvc.post().uri(URI.create(url)).with(csrf()).with(Submissions.as(this.fixtures, role)).exchange();
					String label = endpoint + " with " + variables.group() + " = "
							+ value.substring(0, Math.min(value.length(), 30));
					int status = result.getResponse().getStatus();
					if (result.getUnresolvedException() != null || (status != 400 && status != 404)) {
						failures.add(label + ": " + status + " " + result.getUnresolvedException());
					}
					Submissions.problems(result, false, "fr").forEach(p -> failures.add(label + ": " + p));
				}
			}
		}
		assertThat(failures).as("URLs whose variable is not an id").isEmpty();
		assertThat(DatabaseFingerprint.of(this.jdbc)).as("database after POSTs to such URLs").isEqualTo(before);
	}

	/** The pattern with this variable set to the value, and the others to real ids or slugs. */
	private String url(String pattern, String variable, String value) {
		String slug = pattern.startsWith("/projets/") ? "tura-utuze"
				: pattern.startsWith("/actualites/") ? this.fixtures.newsSlug : "rapatriement";
		return this.fixtures.url(pattern.replace(variable, "\u0001").replace("{slug}", slug)).replace("\u0001", value);
	}

}
