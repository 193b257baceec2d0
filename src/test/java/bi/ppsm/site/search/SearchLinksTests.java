package bi.ppsm.site.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchLinksTests {

	@Test
	void everyCharacterOfTheQueryIsEncoded() {
		SearchLinks links = new SearchLinks("a+b & c=d \"é\" #x", SearchKind.NEWS);
		assertThat(links.ofKind(null)).isEqualTo("/recherche?q=a%2Bb+%26+c%3Dd+%22%C3%A9%22+%23x");
		assertThat(links.ofKind(SearchKind.MEMBER)).isEqualTo("/recherche?q=a%2Bb+%26+c%3Dd+%22%C3%A9%22+%23x&type=membres");
		assertThat(links.page(0)).endsWith("&type=actualites");
		assertThat(links.page(2)).endsWith("&type=actualites&page=3");
	}

}
