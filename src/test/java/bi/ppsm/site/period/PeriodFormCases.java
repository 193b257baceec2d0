package bi.ppsm.site.period;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.provider.Arguments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates the admin controller tests of a programme, a project and a phase post into the
 * period fields, and what the re-rendered form must show for a wrong one.
 */
public final class PeriodFormCases {

	private PeriodFormCases() {
	}

	/** A start typed as year, month and day, and the date and precision saved. */
	public static Stream<Arguments> validStarts() {
		return Stream.of(Arguments.of("2017", "", "", LocalDate.of(2017, 1, 1), DatePrecision.YEAR),
				Arguments.of("2020", "4", "", LocalDate.of(2020, 4, 1), DatePrecision.MONTH),
				Arguments.of("2025", "3", "30", LocalDate.of(2025, 3, 30), DatePrecision.DAY));
	}

	/** A wrong start typed as year, month and day, the field at fault and its French message. */
	public static Stream<Arguments> invalidStarts() {
		return Stream.of(
				Arguments.of("2020", "", "15", "startMonth",
						"Un jour sans mois ne suffit pas : choisissez le mois, ou effacez le jour."),
				Arguments.of("", "4", "", "startYear", "Indiquez l’année : un mois ou un jour sans année ne suffit pas."),
				Arguments.of("2021", "2", "31", "startDay", "Ce jour n’existe pas : ce mois n’a que 28 jours."),
				Arguments.of("2020", "13", "", "startMonth", "Choisissez un mois dans la liste."),
				Arguments.of("1900", "", "", "startYear", "L’année doit être comprise entre 1950 et 2100."),
				Arguments.of("deux mille", "", "", "startYear", "Écrivez l’année en chiffres, par exemple 2020."),
				Arguments.of("2020", "4", "1er", "startDay", "Écrivez le jour en chiffres, de 1 à 31."));
	}

	/**
	 * The form came back with the message on the field at fault, linked to it, and with what was
	 * typed (a month outside the list cannot be shown selected).
	 */
	public static void assertRefused(String html, String year, String month, String day, String field, String message) {
		Document page = Jsoup.parse(html);
		assertThat(page.select("[role=alert]")).isNotEmpty();
		Element input = page.getElementById(field);
		assertThat(input).as("field %s", field).isNotNull();
		assertThat(input.attr("aria-invalid")).isEqualTo("true");
		assertThat(input.attr("aria-describedby")).contains(field + "-erreurs");
		assertThat(page.getElementById(field + "-erreurs").text()).isEqualTo(message);
		assertThat(page.select(".field-errors")).as("only the field at fault").hasSize(1);
		assertThat(page.getElementById("startYear").val()).isEqualTo(year);
		assertThat(page.getElementById("startDay").val()).isEqualTo(day);
		String selected = page.select("#startMonth option[selected]").val();
		assertThat(selected).isEqualTo(month.equals("13") ? "" : month);
	}

}
