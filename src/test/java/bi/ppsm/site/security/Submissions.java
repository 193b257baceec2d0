package bi.ppsm.site.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.contact.ContactFormTokens;
import bi.ppsm.site.security.Forms.Form;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Sends one submission through the whole application (MockMvc, real security chain, real
 * PostgreSQL) inside a transaction that is flushed, then rolled back: the database is left as
 * it was, and a value it would refuse at commit is caught. Returns what is wrong with the
 * answer, each problem prefixed by the submission's label.
 */
final class Submissions {

	private final MockMvcTester mvc;

	private final Fixtures fixtures;

	private final TransactionTemplate transaction;

	private final EntityManager entityManager;

	Submissions(MockMvcTester mvc, Fixtures fixtures, PlatformTransactionManager transactions,
			EntityManager entityManager) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.transaction = new TransactionTemplate(transactions);
		this.entityManager = entityManager;
	}

	/** Runs requests in a transaction that is rolled back: whatever they write is undone. */
	<T> T rolledBack(Supplier<T> work) {
		return this.transaction.execute(status -> {
			status.setRollbackOnly();
			return work.get();
		});
	}

	/** The form of a POST, read from the page that shows it (for a create form: an edit page). */
	FormPage page(Form form, String url) {
		String pageUrl = this.fixtures.url(form.baseline());
		if (pageUrl.contains("{reset-token}")) {
			pageUrl = pageUrl.replace("{reset-token}", this.fixtures.resetToken());
		}
		var request = this.mvc.get().uri(pageUrl);
		if (form.role() != null) {
			request = request.with(as(this.fixtures, form.role()));
		}
		MvcTestResult result = request.exchange();
		if (result.getResponse().getStatus() != 200) {
			throw new AssertionError("page of " + form + ": status " + result.getResponse().getStatus());
		}
		String action = form.baseline().equals(form.page()) ? url : pageUrl;
		return FormPage.of(body(result), action);
	}

	/** A valid submission of the form: what the page holds, with the form's fixes. */
	Map<String, List<String>> valid(Form form, FormPage page, ApplicationContext context) {
		Map<String, List<String>> valid = new LinkedHashMap<>(page.values);
		form.fixes().forEach((name, value) -> valid.put(name, List.of(value
			.replace("{contact-token}", ContactFormTokens.oldEnough(context))
			.replace("{editor-login}", this.fixtures.login(StaffRole.EDITOR)))));
		return valid;
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static RequestPostProcessor as(Fixtures fixtures, StaffRole role) {
		return user(fixtures.login(role)).roles(role.name());
	}

	List<String> problems(Form form, String url, Map<String, List<String>> params, String label) {
		List<String> problems = new ArrayList<>();
		this.transaction.executeWithoutResult(status -> {
			status.setRollbackOnly();
			var request = this.mvc.post().uri(url).with(csrf());
			if (form.role() != null) {
				request = request.with(as(this.fixtures, form.role()));
			}
			for (var param : params.entrySet()) {
				request = request.param(param.getKey(), param.getValue().toArray(String[]::new));
			}
			MvcTestResult result = request.exchange();
			String notCommitted = null;
			try {
				this.entityManager.flush();
			}
			catch (RuntimeException ex) {
				notCommitted = ex.getClass().getSimpleName() + ": " + firstLine(ex);
			}
			String where = form + " " + label + ": ";
			// a preview, or a search's page of results (a person's data), is a 200 answer without error
			boolean expectAlert = !url.endsWith("/apercu") && !url.equals("/admin/messages/personne");
			problems(result, expectAlert, "fr").forEach(p -> problems.add(where + p));
			if (notCommitted != null && result.getResponse().getStatus() < 500) {
				problems.add(where + "the change would fail at commit (" + notCommitted + ")");
			}
		});
		return problems;
	}

	/**
	 * What is wrong with one answer.
	 * @param expectAlert whether a page shown (200) must be a form with an error message
	 * @param language the language the page must be marked with
	 */
	static List<String> problems(MvcTestResult result, boolean expectAlert, String language) {
		List<String> problems = new ArrayList<>();
		if (result.getUnresolvedException() != null) {
			problems.add("unhandled " + result.getUnresolvedException().getClass().getSimpleName() + ": "
					+ firstLine(result.getUnresolvedException()));
			return problems;
		}
		var response = result.getResponse();
		int status = response.getStatus();
		if (status >= 500) {
			problems.add("status " + status);
		}
		String body = body(result);
		problems.addAll(Payloads.problemsIn(body));
		String type = response.getContentType();
		if (status == 200 && type != null && type.startsWith("text/html")) {
			// an HTML fragment loaded by a page's script (the image chooser) has no <html> of its own
			boolean fragment = !body.contains("<html");
			if (!fragment && !body.contains("<html lang=\"" + language + "\"")) {
				problems.add("page not marked lang=\"" + language + "\"");
			}
			if (expectAlert && !body.contains("role=\"alert\"")) {
				problems.add("form shown again without an error message");
			}
		}
		if (status >= 300 && status < 400) {
			String location = response.getRedirectedUrl();
			if (location == null || !(location.startsWith("/") || location.startsWith("http://localhost/"))
					|| location.startsWith("//")) {
				problems.add("redirects off site: " + location);
			}
		}
		if (response.getCookie("pris") != null || response.getHeader("Bcc") != null) {
			problems.add("header injected");
		}
		return problems;
	}

	static String firstLine(Throwable ex) {
		String message = String.valueOf(ex.getMessage());
		int cut = message.indexOf('\n');
		return (cut < 0 ? message : message.substring(0, cut));
	}

}
