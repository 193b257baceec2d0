package bi.ppsm.site.security;

import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RequestMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite knows every POST of the application: a new form or action fails this test until it
 * is added to {@link Forms} (and so attacked by the other security tests). GET pages need no
 * list: the access tests read them from Spring MVC directly.
 */
class FormInventoryIT extends MockMvcSuite {

	@Test
	void everyPostOfTheApplicationIsKnownToTheSuite() {
		assertThat(Endpoints.posts(this.context))
			.as("POST mappings of the application (add a new one to security/Forms.ALL with its role and page)")
			.containsExactlyInAnyOrderElementsOf(Forms.byPattern().keySet());
	}

	@Test
	void everyAdminPageHasOnlyVariablesTheSuiteCanFill() {
		for (RequestMethod method : new RequestMethod[] { RequestMethod.GET, RequestMethod.POST }) {
			Endpoints.admin(this.context, method)
				.forEach(e -> assertThat(this.fixtures.url(e.pattern())).as(e.toString()).doesNotContain("{"));
		}
	}

}
