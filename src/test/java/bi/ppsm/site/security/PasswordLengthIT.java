package bi.ppsm.site.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.security.Forms.Form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * bcrypt reads 72 bytes and Spring Security refuses to hash more: every form that sets a
 * password answers a longer one (typed twice where the form asks for a confirmation) with a
 * French message, and takes one of exactly 72 bytes. Each submission is rolled back.
 */
class PasswordLengthIT extends MockMvcSuite {

	static final String TOO_LONG_MESSAGE = "Le mot de passe ne doit pas dépasser 72 caractères";

	@ParameterizedTest
	@ValueSource(strings = { "/admin/mot-de-passe", "/login/nouveau-mot-de-passe", "/admin/comptes/nouveau",
			"/admin/comptes/{id}" })
	void aPasswordOverSeventyTwoBytesIsRefusedWithAMessage(String pattern) {
		Form form = Forms.byPattern().get(pattern);
		String url = this.fixtures.url(pattern);
		Map<String, List<String>> valid = this.submissions.valid(form, this.submissions.page(form, url), this.context);
		String ascii = "Une phrase de passe longue, ".repeat(3);
		for (String password : List.of(ascii.substring(0, 73), "é".repeat(37))) {
			MvcTestResult result = submit(form, url, valid, password);
			assertThat(result).as("%s with %d characters", pattern, password.length()).hasStatusOk();
			assertThat(result).bodyText().contains(TOO_LONG_MESSAGE);
		}
		MvcTestResult longest = submit(form, url, valid, ascii.substring(0, 72));
		assertThat(longest).as("%s with 72 bytes", pattern).hasStatus3xxRedirection();
	}

	private MvcTestResult submit(Form form, String url, Map<String, List<String>> valid, String password) {
		Map<String, List<String>> params = new LinkedHashMap<>(valid);
		params.put("password", List.of(password));
		params.computeIfPresent("confirmation", (name, value) -> List.of(password));
		return this.submissions.rolledBack(() -> {
			var request = this.mvc.post().uri(url).with(csrf());
			if (form.role() != null) {
				request = request.with(Submissions.as(this.fixtures, form.role()));
			}
			for (var param : params.entrySet()) {
				request = request.param(param.getKey(), param.getValue().toArray(String[]::new));
			}
			MvcTestResult result = request.exchange();
			this.entityManager.flush();
			return result;
		});
	}

}
