package bi.ppsm.site.redirect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalised shapes of a redirect's source and target. */
class RedirectPathsTests {

	@Test
	void sourcesLoseQueryFragmentLanguagePrefixAndTrailingSlash() {
		assertThat(RedirectPaths.source(" /ancien/page.php?id=3#haut ")).contains("/ancien/page.php");
		assertThat(RedirectPaths.source("/en/programmes/rapatriement/")).contains("/programmes/rapatriement");
		assertThat(RedirectPaths.source("/rn")).contains("/");
		assertThat(RedirectPaths.source("/actualit%C3%A9s")).contains("/actualités");
	}

	@Test
	void sourcesThatAreNotSitePathsAreRefused() {
		assertThat(RedirectPaths.source("ancien/page")).isEmpty();
		assertThat(RedirectPaths.source("//autre.example/page")).isEmpty();
		assertThat(RedirectPaths.source("https://autre.example/page")).isEmpty();
		assertThat(RedirectPaths.source("/a b")).isEmpty();
		assertThat(RedirectPaths.source("/a\u202Eb")).isEmpty();
		assertThat(RedirectPaths.source("/a/../admin")).isEmpty();
		assertThat(RedirectPaths.source("/%ZZ")).isEmpty();
		assertThat(RedirectPaths.source("/" + "a".repeat(600))).isEmpty();
	}

	@Test
	void targetsAreSitePathsWithTheirQueryOrHttpUrls() {
		assertThat(RedirectPaths.target("/en/programmes/?vue=carte")).contains("/programmes?vue=carte");
		assertThat(RedirectPaths.target("https://www.example.org/a.pdf")).contains("https://www.example.org/a.pdf");
		assertThat(RedirectPaths.target("HTTP://example.org")).contains("HTTP://example.org");
		assertThat(RedirectPaths.target("javascript:alert(1)")).isEmpty();
		assertThat(RedirectPaths.target("ftp://example.org/a")).isEmpty();
		assertThat(RedirectPaths.target("https://")).isEmpty();
		assertThat(RedirectPaths.target("//example.org/a")).isEmpty();
		assertThat(RedirectPaths.target("/a\"><script>")).isEmpty();
	}

}
