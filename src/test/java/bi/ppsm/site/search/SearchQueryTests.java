package bi.ppsm.site.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	@Test
	void controlCharactersMarkersAndLoneSurrogatesBecomeSpaces() {
		assertThat(SearchQuery.of("  rapa\u0000tries \t\n enfants\u0007").text()).isEqualTo("rapa tries enfants");
		assertThat(SearchQuery.of("\uE000mot\uE001").text()).isEqualTo("mot");
		assertThat(SearchQuery.of("a\uD800b\uDC00c").text()).isEqualTo("a b c");
		assertThat(SearchQuery.of("😀 ok").text()).isEqualTo("😀 ok");
	}

	@Test
	void operatorsAndQuotesStayForPostgresqlToRead() {
		assertThat(SearchQuery.of("\"santé mentale\" -ebola or 'x' & | ! <-> :*").text())
			.isEqualTo("\"santé mentale\" -ebola or 'x' & | ! <-> :*");
	}

	@Test
	void longQueriesAreCutWithoutBreakingACharacter() {
		assertThat(SearchQuery.of("a".repeat(10_000)).text()).hasSize(SearchQuery.MAX_LENGTH);
		String emoji = SearchQuery.of("😀".repeat(300)).text();
		assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - 1))).isFalse();
	}

	@Test
	void nothingOrBlanksIsAnEmptyQuery() {
		assertThat(SearchQuery.of(null).isEmpty()).isTrue();
		assertThat(SearchQuery.of(" \u0000 \n").isEmpty()).isTrue();
	}

}
