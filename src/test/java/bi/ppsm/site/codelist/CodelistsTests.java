package bi.ppsm.site.codelist;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The codelists are read from IATI's published XML files, with their French names, withdrawn codes left out. */
class CodelistsTests {

	private final Codelists codelists = new Codelists();

	@Test
	void sectorsHaveTheirFrenchNamesAndTheUsualOnesComeFirst() {
		assertThat(this.codelists.sectors().label("12340")).isEqualTo("Promotion de la santé mentale et du bien-être");
		assertThat(this.codelists.sectors().find("15190")).get()
			.extracting(Code::name)
			.isEqualTo("Facilitation of orderly, safe, regular and responsible migration and mobility");
		assertThat(this.codelists.sectorChoices()).extracting(Code::code)
			.startsWith("12340", "15160", "15180", "16010", "72010", "15190", "12220", "11130");
		assertThat(this.codelists.sectors().codes()).hasSizeGreaterThan(250);
	}

	@Test
	void withdrawnCodesAreLeftOut() {
		// 11321 was withdrawn from the Sector list at the end of 2019
		assertThat(this.codelists.sectors().contains("11321")).isFalse();
		assertThat(this.codelists.sectors().codes()).allSatisfy(c -> assertThat(c.code()).hasSize(5));
		assertThat(this.codelists.sectors().contains("1234")).isFalse();
	}

	@Test
	void theOtherListsAreThere() {
		assertThat(this.codelists.currencyChoices()).extracting(Code::code).startsWith("BIF", "USD", "EUR", "CHF");
		assertThat(this.codelists.get(Codelists.ORGANISATION_ROLE).label("4")).isEqualTo("Mise en œuvre");
		assertThat(this.codelists.get(Codelists.ORGANISATION_TYPE).contains("22")).isTrue();
		assertThat(this.codelists.get(Codelists.ACTIVITY_STATUS).contains("2")).isTrue();
		assertThat(this.codelists.get(Codelists.LANGUAGE).contains("fr")).isTrue();
	}

}
