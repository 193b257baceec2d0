package bi.ppsm.site.redirect;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Redirects on the whole application and the real PostgreSQL: a slug change keeps the old
 * address working (also under /en/, with the query), chains collapse, a page that takes its
 * old address back loses the redirect, and redirects added by hand answer until deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RedirectFullStackTests {

	private static final String SLUG = "redirection-essai-";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from programme where slug like ?", SLUG + "%");
		this.jdbc.update("delete from redirect where source like ? or source like ? or source like ?",
				"/programmes/" + SLUG + "%", "/ancien-essai%", "/boucle-essai%");
	}

	@Test
	void aSlugChangeRedirectsTheOldAddressChainsCollapseAndNeverLoop() {
		long id = createProgramme(SLUG + "a");
		assertThat(saveSlug(id, SLUG + "b")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/programmes/" + SLUG + "a")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/programmes/" + SLUG + "b");
		assertThat(this.mvc.get().uri("/en/programmes/" + SLUG + "a?mode=liste")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/en/programmes/" + SLUG + "b?mode=liste");
		assertThat(this.mvc.get().uri("/programmes/" + SLUG + "b")).hasStatusOk();
		assertThat(this.mvc.post().uri("/programmes/" + SLUG + "a").with(csrf()).exchange().getResponse().getStatus())
			.isNotEqualTo(HttpStatus.MOVED_PERMANENTLY.value());

		// A -> B, then B -> C: A leads straight to C
		assertThat(saveSlug(id, SLUG + "c")).hasStatus(HttpStatus.FOUND);
		assertThat(targetOf("/programmes/" + SLUG + "a")).containsExactly("/programmes/" + SLUG + "c");
		assertThat(this.mvc.get().uri("/programmes/" + SLUG + "a")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/programmes/" + SLUG + "c");
		assertThat(this.mvc.get().uri("/programmes/" + SLUG + "b")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/programmes/" + SLUG + "c");

		// back to A: A is a page again, no redirect from it, and the others lead to it
		assertThat(saveSlug(id, SLUG + "a")).hasStatus(HttpStatus.FOUND);
		assertThat(targetOf("/programmes/" + SLUG + "a")).isEmpty();
		assertThat(targetOf("/programmes/" + SLUG + "b")).containsExactly("/programmes/" + SLUG + "a");
		assertThat(targetOf("/programmes/" + SLUG + "c")).containsExactly("/programmes/" + SLUG + "a");
		assertThat(this.mvc.get().uri("/programmes/" + SLUG + "a")).hasStatusOk();
		assertThat(this.mvc.get().uri("/programmes/" + SLUG + "c")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/programmes/" + SLUG + "a");
		assertThat(this.jdbc.queryForObject("select count(*) from redirect where source = target", Integer.class))
			.isZero();
	}

	@Test
	void aRedirectAddedByHandAnswersUntilItIsDeleted() {
		assertThat(add("/ancien-essai/programmes.php?id=3", "/programmes/rapatriement")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/redirections");
		assertThat(targetOf("/ancien-essai/programmes.php")).containsExactly("/programmes/rapatriement");
		assertThat(this.mvc.get().uri("/ancien-essai/programmes.php")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/programmes/rapatriement");
		assertThat(this.mvc.get().uri("/rn/ancien-essai/programmes.php/")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/rn/programmes/rapatriement");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'redirect' and action = 'CREATE' and entity_label like ?",
				Integer.class, "/ancien-essai/programmes.php%")).isPositive();
		assertThat(this.mvc.get().uri("/admin/redirections?q=ANCIEN-essai").with(user("redactrice@test").roles("EDITOR")))
			.hasStatusOk()
			.bodyText()
			.contains("/ancien-essai/programmes.php", "/programmes/rapatriement");

		long id = this.jdbc.queryForObject("select id from redirect where source = '/ancien-essai/programmes.php'",
				Long.class);
		assertThat(this.mvc.post()
			.uri("/admin/redirections/" + id + "/supprimer")
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/ancien-essai/programmes.php")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'redirect' and action = 'DELETE' and entity_id = ?",
				Integer.class, Long.toString(id))).isEqualTo(1);
	}

	@Test
	void anAbsoluteTargetIsKeptAsTyped() {
		assertThat(add("/ancien-essai/rapport", "https://www.example.org/rapport.pdf")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/ancien-essai/rapport?v=2")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("https://www.example.org/rapport.pdf?v=2");
	}

	@Test
	void aRedirectToARedirectedAddressIsCollapsed() {
		assertThat(add("/ancien-essai/b", "/programmes/rapatriement")).hasStatus(HttpStatus.FOUND);
		assertThat(add("/ancien-essai/a", "/ancien-essai/b")).hasStatus(HttpStatus.FOUND);
		assertThat(targetOf("/ancien-essai/a")).containsExactly("/programmes/rapatriement");
	}

	@Test
	void badRedirectsAreRefusedInFrench() {
		assertRefused("/contact", "/programmes", "Une page du site occupe déjà cette adresse");
		assertRefused("/programmes/rapatriement", "/programmes", "Une page du site occupe déjà cette adresse");
		assertRefused("/ancien-essai/meme", "/ancien-essai/meme/", "La nouvelle adresse est identique à l’ancienne.");
		assertRefused("/ancien-essai/x", "javascript:alert(1)", "Indiquez un chemin du site commençant par « / » ou une adresse complète");
		assertRefused("/ancien-essai/x", "ftp://example.org/a", "Indiquez un chemin du site commençant par « / » ou une adresse complète");
		assertRefused("/ancien-essai/x", "//autre-site.example/a", "Indiquez un chemin du site commençant par « / » ou une adresse complète");
		assertRefused("ancien-essai/x", "/programmes", "Indiquez un chemin du site commençant par « / », par exemple");
		assertThat(add("/boucle-essai-a", "/boucle-essai-b")).hasStatus(HttpStatus.FOUND);
		assertRefused("/boucle-essai-b", "/boucle-essai-a", "Cette redirection formerait une boucle");
		assertRefused("/boucle-essai-a", "/programmes", "Cette adresse est déjà redirigée");
		assertThat(this.jdbc.queryForObject("select count(*) from redirect where source like '/ancien-essai%'", Integer.class))
			.isZero();
	}

	private void assertRefused(String source, String target, String message) {
		assertThat(add(source, target)).hasStatusOk()
			.bodyText()
			.contains(message)
			.contains("role=\"alert\"");
	}

	private MvcTestResult add(String source, String target) {
		return this.mvc.post()
			.uri("/admin/redirections")
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())
			.param("source", source)
			.param("target", target)
			.exchange();
	}

	private List<String> targetOf(String source) {
		return this.jdbc.queryForList("select target from redirect where source = ?", String.class, source);
	}

	private long createProgramme(String slug) {
		assertThat(this.mvc.post()
			.uri("/admin/programmes/nouveau")
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())
			.param("slug", slug)
			.param("name", "Programme de redirection")
			.param("summary", "Un programme pour essayer les redirections.")
			.param("publication", "NOW")
			.param("version", "0")).hasStatus(HttpStatus.FOUND);
		return this.jdbc.queryForObject("select id from programme where slug = ?", Long.class, slug);
	}

	private MvcTestResult saveSlug(long id, String slug) {
		int version = this.jdbc.queryForObject("select version from programme where id = ?", Integer.class, id);
		return this.mvc.post()
			.uri("/admin/programmes/" + id)
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())
			.param("slug", slug)
			.param("name", "Programme de redirection")
			.param("summary", "Un programme pour essayer les redirections.")
			.param("publication", "NOW")
			.param("version", String.valueOf(version))
			.exchange();
	}

}
