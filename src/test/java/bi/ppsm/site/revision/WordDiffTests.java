package bi.ppsm.site.revision;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The word-level difference of long texts, and the field-by-field difference of two states. */
class WordDiffTests {

	@Test
	void removedAndAddedWordsAreMarkedBetweenTheWordsKept() {
		assertThat(WordDiff.html("Le chat dort sur le lit.", "Le chien dort sous le lit."))
			.isEqualTo("Le<del> chat</del><ins> chien</ins> dort<del> sur</del><ins> sous</ins> le lit.");
	}

	@Test
	void sameTextsHaveNoMark() {
		assertThat(WordDiff.html("Rien ne change.", "Rien ne change.")).isEqualTo("Rien ne change.");
	}

	@Test
	void emptyBeforeOrAfter() {
		assertThat(WordDiff.html(null, "Tout est nouveau")).isEqualTo("<ins>Tout est nouveau</ins>");
		assertThat(WordDiff.html("Tout part", "")).isEqualTo("<del>Tout part</del>");
	}

	@Test
	void markupInTheTextIsEscaped() {
		String html = WordDiff.html("Un <b>texte</b> & plus", "Un <script>alert(1)</script> & plus");
		assertThat(html).doesNotContain("<script>", "<b>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&amp; plus", "<del>", "<ins>");
	}

	@Test
	void accentsStayReadable() {
		assertThat(WordDiff.html("les rapatriés", "les déplacés")).isEqualTo("les<del> rapatriés</del><ins> déplacés</ins>");
	}

	@Test
	void twoLongTextsRewrittenThroughoutAreShownAsRemovedThenAddedWithoutComparingEveryPair() {
		String before = IntStream.range(0, 20_000).mapToObj(i -> "ancien" + i).collect(Collectors.joining(" "));
		String after = IntStream.range(0, 20_000).mapToObj(i -> "nouveau" + i).collect(Collectors.joining(" "));
		assertThat((long) 20_000 * 20_000).isGreaterThan(WordDiff.MAX_CELLS);
		String html = WordDiff.html("Début " + before + " fin.", "Début " + after + " fin.");
		assertThat(html).startsWith("Début<del> ancien0 ancien1").endsWith(" nouveau19999</ins> fin.");
		assertThat(html.indexOf("<del>")).isEqualTo(html.lastIndexOf("<del>"));
	}

	@Test
	void aLongTextWithOneWordChangedKeepsTheRestUnmarked() {
		String text = IntStream.range(0, 20_000).mapToObj(i -> "mot" + i).collect(Collectors.joining(" "));
		String html = WordDiff.html(text, text.replace("mot10000 ", "terme10000 "));
		assertThat(html).contains("<del> mot10000</del><ins> terme10000</ins>");
		assertThat(html.replace("<del> mot10000</del><ins> terme10000</ins>", " mot10000")).isEqualTo(text);
	}

	@Test
	void fieldsThatDifferAreListedInTheFormOrderWithWordsForProse() {
		String older = "{\"name\":\"Rapatriement\",\"summary\":\"Un texte court.\",\"published\":true,\"zones\":[1,2]}";
		String newer = "{\"name\":\"Rapatriement\",\"summary\":\"Un texte plus long.\",\"published\":false,\"zones\":[2]}";
		List<RevisionDiff.Change> changes = RevisionDiff.between(List.of("name", "summary", "published", "zones"), older,
				newer);
		assertThat(changes).extracting(RevisionDiff.Change::field).containsExactly("summary", "published", "zones");
		assertThat(changes.get(0).words()).isEqualTo("Un texte<del> court.</del><ins> plus long.</ins>");
		assertThat(changes.get(1).before()).isEqualTo("✓");
		assertThat(changes.get(2).before()).isEqualTo("1, 2");
		assertThat(changes.get(2).after()).isEqualTo("2");
		assertThat(changes.get(2).words()).isNull();
	}

}
