package bi.ppsm.site.search;

import org.junit.jupiter.api.Test;

import bi.ppsm.site.search.Excerpt.Part;

import static org.assertj.core.api.Assertions.assertThat;

class ExcerptTests {

	@Test
	void marksBecomeHitsAndTheRestStaysPlainText() {
		Excerpt excerpt = Excerpt.parse("Les \uE000rapatriés\uE001 et <b>les</b> \uE000résidents\uE001.");
		assertThat(excerpt.parts()).containsExactly(new Part("Les ", false), new Part("rapatriés", true),
				new Part(" et <b>les</b> ", false), new Part("résidents", true), new Part(".", false));
		assertThat(excerpt.text()).isEqualTo("Les rapatriés et <b>les</b> résidents.");
	}

	@Test
	void asMarkupEveryPartIsEscapedAndOnlyTheHitsAreMarked() {
		Excerpt excerpt = Excerpt.parse("<script>\"x\" & 'y'</script> \uE000<b>rapatriés</b>\uE001 fin");
		assertThat(excerpt.html()).isEqualTo(
				"&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt; <mark>&lt;b&gt;rapatriés&lt;/b&gt;</mark> fin");
		assertThat(Excerpt.parse(null).html()).isEmpty();
	}

	@Test
	void strayOrDoubledMarkersAreIgnored() {
		assertThat(Excerpt.parse("a\uE001b\uE000\uE000c\uE001\uE001d").parts())
			.containsExactly(new Part("ab", false), new Part("c", true), new Part("d", false));
		assertThat(Excerpt.parse("\uE000fin").parts()).containsExactly(new Part("fin", true));
	}

	@Test
	void nothingIsAnEmptyExcerpt() {
		assertThat(Excerpt.parse(null).isEmpty()).isTrue();
		assertThat(Excerpt.parse("  ").isEmpty()).isTrue();
		assertThat(Excerpt.parse("").parts()).isEmpty();
	}

}
