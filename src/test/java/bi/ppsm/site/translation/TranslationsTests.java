package bi.ppsm.site.translation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a translation lacks, and the fingerprint that detects a save made in between. */
class TranslationsTests {

	final TranslationAdminControllerTests.Leaflet leaflet = new TranslationAdminControllerTests.Leaflet(7L, "Dépliant",
			"  ");

	final TranslationAdminControllerTests.LeafletType type = new TranslationAdminControllerTests.LeafletType(this.leaflet);

	final Translations translations = new Translations(null, null, null, List.of(this.type));

	@Test
	void aFieldIsMissingWhenItsFrenchIsNotBlankAndItHasNoTranslation() {
		var missing = this.translations.missing(this.type, this.leaflet,
				Map.of("en", Map.of("title", "Leaflet"), "rn", Map.of()));
		assertThat(missing.get("en")).isEmpty();
		// the body is blank in French: nothing to translate
		assertThat(missing.get("rn")).extracting(TranslatableField::name).containsExactly("title");
		assertThat(Translations.translatable(this.type, this.leaflet)).isEqualTo(1);
	}

	@Test
	void fingerprintChangesWithAnyValueAndIgnoresOrder() {
		String one = Translations.fingerprint(Map.of("en", Map.of("title", "A", "body", "B"), "rn", Map.of()));
		String same = Translations.fingerprint(Map.of("rn", Map.of(), "en", Map.of("body", "B", "title", "A")));
		String other = Translations.fingerprint(Map.of("en", Map.of("title", "A", "body", "C"), "rn", Map.of()));
		String moved = Translations.fingerprint(Map.of("en", Map.of("title", "A"), "rn", Map.of("body", "B")));
		assertThat(one).isEqualTo(same).isNotEqualTo(other).isNotEqualTo(moved).hasSize(24);
	}

	@Test
	void storedTextLosesControlCharactersAndSurroundingBlanks() {
		assertThat(Translations.clean(" A\u0000 text\u001b\n ")).isEqualTo("A text");
		assertThat(Translations.clean("\u0000 ")).isNull();
		assertThat(Translations.clean("line\r\nbreaks\tkept")).isEqualTo("line\r\nbreaks\tkept");
	}

	@Test
	void typeOfFindsTheTypeOfAnEntityOrNone() {
		assertThat(this.translations.typeOf(this.leaflet)).contains(this.type);
		assertThat(this.translations.typeOf("not content")).isEmpty();
		assertThat(this.translations.typeOf(null)).isEmpty();
		assertThat(this.translations.type("leaflet")).contains(this.type);
	}

}
