package bi.ppsm.site.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import bi.ppsm.site.security.FormPage.Field;
import bi.ppsm.site.security.Forms.Form;
import bi.ppsm.site.security.Payloads.Payload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form of the site (public, sign-in, password, every admin form) fed, field by field,
 * with hostile values: 100 000 characters, control characters, lone surrogates, CR/LF, markup,
 * SQL, wrong types; plus an empty submission, missing fields, duplicated and unknown
 * parameters. Each submission runs in its own transaction, flushed (so that what the database
 * would refuse at commit shows up) and then rolled back. Never a 5xx, never live markup, no
 * stack trace, a French page with its error message from the bundle.
 */
class FormHostileInputIT extends MockMvcSuite {

	static final AtomicInteger CASES = new AtomicInteger();

	@AfterAll
	void report() {
		System.out.println("FormHostileInputIT: " + CASES.get() + " submissions");
	}

	Stream<Form> forms() {
		return Forms.withFields().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void everyFieldSurvivesHostileValues(Form form) {
		String url = this.fixtures.url(form.pattern());
		FormPage page = page(form, url);
		Map<String, List<String>> valid = valid(form, page);
		List<String> failures = new ArrayList<>();
		for (Field field : page.fields) {
			for (Payload payload : Payloads.forField(field.name(), field.kind())) {
				Map<String, List<String>> params = new LinkedHashMap<>(valid);
				params.put(field.name(), List.of(payload.value()));
				failures.addAll(send(form, url, params, field.name() + " = " + payload));
			}
			Map<String, List<String>> missing = new LinkedHashMap<>(valid);
			missing.remove(field.name());
			failures.addAll(send(form, url, missing, field.name() + " missing"));
		}
		failures.addAll(send(form, url, Map.of(), "no field at all"));
		Map<String, List<String>> duplicated = new LinkedHashMap<>();
		valid.forEach((name, values) -> duplicated.put(name,
				Stream.concat(values.stream(), Stream.of("abc", Payloads.SCRIPT)).toList()));
		failures.addAll(send(form, url, duplicated, "every field duplicated"));
		Map<String, List<String>> unknown = new LinkedHashMap<>(valid);
		unknown.put("id", List.of("1"));
		unknown.put("version[]", List.of("x"));
		unknown.put("programme.id", List.of("1"));
		unknown.put("class.module.classLoader", List.of("x"));
		unknown.put(Payloads.SCRIPT, List.of(Payloads.SCRIPT));
		failures.addAll(send(form, url, unknown, "unknown parameters"));
		assertThat(failures).as("hostile submissions of %s", form).isEmpty();
	}

	private List<String> send(Form form, String url, Map<String, List<String>> params, String label) {
		CASES.incrementAndGet();
		return this.submissions.problems(form, url, params, label);
	}

	private FormPage page(Form form, String url) {
		return this.submissions.page(form, url);
	}

	private Map<String, List<String>> valid(Form form, FormPage page) {
		return this.submissions.valid(form, page, this.context);
	}

}
