package bi.ppsm.site.redirect;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.validation.Errors;

import bi.ppsm.site.system.NotFoundException;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The admin list of redirects: who may see it, the form's French errors, add and delete. */
@WebSliceTest(RedirectAdminController.class)
class RedirectAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Redirects redirects;

	@BeforeEach
	void stubs() {
		Redirect row = new Redirect(7, "/ancien-site/programmes.php", "/programmes", false, Instant.now(),
				"redactrice@test");
		given(this.redirects.list(any(), anyInt()))
			.willReturn(new PageImpl<>(List.of(row), PageRequest.of(0, Redirects.PAGE_SIZE), 1));
		given(this.redirects.find(7)).willReturn(row);
	}

	@Test
	void visitorsAreSentToSignIn() {
		assertThat(this.mvc.get().uri("/admin/redirections")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void inboxHandlersMayNotSeeIt() {
		assertThat(this.mvc.get().uri("/admin/redirections")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorsSeeTheListWithTheSearchAndTheForm() {
		assertThat(this.mvc.get().uri("/admin/redirections?q=ancien")).hasStatusOk()
			.hasViewName("admin/redirect/list")
			.bodyText()
			.contains("Redirections", "/ancien-site/programmes.php", "Ajoutée par redactrice@test",
					"name=\"source\"", "name=\"target\"", "name=\"q\"", "value=\"ancien\"");
		verify(this.redirects).list("ancien", 0);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void blankFieldsComeBackWithFrenchErrors() {
		assertThat(this.mvc.post().uri("/admin/redirections").with(csrf()).param("source", " ").param("target", ""))
			.hasStatusOk()
			.hasViewName("admin/redirect/list")
			.bodyText()
			.contains("Ce champ est obligatoire.");
		verify(this.redirects, never()).add(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aRefusedRedirectShowsTheReasonAndKeepsTheInput() {
		willAnswer(invocation -> {
			invocation.<Errors>getArgument(1).rejectValue("target", "redirectLoop");
			return null;
		}).given(this.redirects).check(any(), any());
		assertThat(this.mvc.post()
			.uri("/admin/redirections")
			.with(csrf())
			.param("source", "/boucle-b")
			.param("target", "/boucle-a")).hasStatusOk()
			.bodyText()
			.contains("Cette redirection formerait une boucle", "value=\"/boucle-b\"", "value=\"/boucle-a\"");
		verify(this.redirects, never()).add(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aValidRedirectIsAdded() {
		assertThat(this.mvc.post()
			.uri("/admin/redirections")
			.with(csrf())
			.param("source", "/ancien-site/page.php")
			.param("target", "/programmes")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/redirections");
		verify(this.redirects).add(new RedirectForm("/ancien-site/page.php", "/programmes"));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void deleteIsConfirmedThenDone() {
		assertThat(this.mvc.get().uri("/admin/redirections/7/supprimer")).hasStatusOk()
			.bodyText()
			.contains("/ancien-site/programmes.php → /programmes");
		assertThat(this.mvc.post().uri("/admin/redirections/7/supprimer").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/redirections");
		verify(this.redirects).delete(7);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anUnknownRedirectIsA404() {
		willThrow(new NotFoundException("redirect 8")).given(this.redirects).delete(eq(8L));
		assertThat(this.mvc.post().uri("/admin/redirections/8/supprimer").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void withoutCsrfNothingIsAdded() {
		assertThat(this.mvc.post().uri("/admin/redirections").param("source", "/a").param("target", "/b"))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(this.redirects, never()).add(any());
	}

}
