package bi.ppsm.site.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile URLs on the public site, sent as raw bytes (as an attacker would):
 * never a 5xx, always a French page or a harmless result, nothing reflected as markup, no
 * server or framework version disclosed, the security headers on every answer.
 */
class PublicInputRobustnessIT extends RealServerSuite {

	static final List<String> HOSTILE_PATHS = List.of("/programmes/%", "/programmes/%C3%28", "/programmes/%FF%FE",
			"/projets?statut=%00%0D%0ASet-Cookie:%20pris=1", "/projets?zone=" + "a".repeat(9000),
			"/projets?statut=ONGOING&statut=FINISHED&bailleur=unicef&bailleur=giz",
			"/programmes/'%20OR%201=1--", "/projets?bailleur=x'%3B%20DROP%20TABLE%20project%3B--",
			"/programmes/..%2F..%2Fetc%2Fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/programmes/<script>alert(1)</script>",
			"/projets?zone=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/projets/%E2%80%AE%00", "/css/../application.properties",
			"/programmes;jsessionid=x", "/programmes/%252e%252e", "/en/projets?statut=%0A%0D", "/rn/%00",
			"/programmes?x=" + "%C0%AF".repeat(50), "/projets?statut[]=1&zone[x]=y", "/sitemap.xml?%00",
			"/programmes/" + "é".repeat(300), "/login/nouveau-mot-de-passe?jeton=%00%3Cscript%3E",
			"/login?erreur=%3Cscript%3Ealert(1)%3C/script%3E", "/en/%C3%28", "/rn/programmes/%FF", "/xx/programmes",
			"/EN/projets", "/en/en/projets", "/projets?statut=%2B999999999-12-31&zone=%00&bailleur=%0D%0A",
			"/contact/merci?%3Cscript%3E", "/robots.txt?x=%00",
			// the site search (issue 17): operators, quotes, SQL, markup, NUL, 10 000 characters, bad escapes
			"/recherche?q=%26%20%7C%20!%20%3C-%3E%20%3A*", "/recherche?q=%22%27%22%27", "/recherche?q=%27%3B%20drop%20table%20programme%3B--",
			"/recherche?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/recherche?q=%00&type=%00&page=%00",
			"/recherche?q=" + "a".repeat(10_000), "/en/recherche?q=%C3%28&page=-1", "/rn/recherche?q=%FF%FE&type=membres");

	@Test
	void hostileUrlsNeverBreakThePublicSite() {
		for (String path : HOSTILE_PATHS) {
			String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Connection: close\r\n\r\n");
			String label = path.length() > 60 ? path.substring(0, 60) + "..." : path;
			int status = Integer.parseInt(response.substring(9, 12));
			assertThat(status).as("status for %s", label).isBetween(200, 499);
			assertThat(response).as(label)
				.doesNotContainIgnoringCase("tomcat")
				.doesNotContain("Exception", "<script>alert(1)", "Set-Cookie: pris");
			assertThat(response).as("security headers for %s", label)
				.contains("X-Content-Type-Options: nosniff", "Content-Security-Policy:");
			if (status >= 400) {
				assertThat(response).as("French error page for %s", label).contains("lang=\"fr\"");
			}
		}
	}

	@Test
	void noServerOrFrameworkVersionIsDisclosed() {
		String response = raw("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		String headers = response.substring(0, response.indexOf("\r\n\r\n"));
		assertThat(headers).doesNotContainIgnoringCase("server:").doesNotContainIgnoringCase("x-powered-by");
	}

	private String raw(String request) {
		return visitor().raw(request);
	}

}
