package bi.ppsm.site.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV cells as French Excel reads them, never as formulas. */
class CsvTests {

	@Test
	void cellsStartingLikeAFormulaGetAnApostrophe() {
		assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(Csv.cell("+33 1")).isEqualTo("'+33 1");
		assertThat(Csv.cell("-2")).isEqualTo("'-2");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(Csv.cell("Tura Utuze")).isEqualTo("Tura Utuze");
		assertThat(Csv.cell("15279230,5")).isEqualTo("15279230,5");
	}

	@Test
	void separatorsQuotesAndLineBreaksAreQuoted() {
		assertThat(Csv.cell("a;b")).isEqualTo("\"a;b\"");
		assertThat(Csv.cell("dit \"non\"")).isEqualTo("\"dit \"\"non\"\"\"");
		assertThat(Csv.cell("ligne 1\nligne 2")).isEqualTo("\"ligne 1\nligne 2\"");
		assertThat(Csv.cell(null)).isEmpty();
	}

	@Test
	void theFileStartsWithABomAndEndsLinesWithCrLf() {
		assertThat(new Csv().row(List.of("a", "b")).row(List.of("c", "")).toString()).isEqualTo("\uFEFFa;b\r\nc;\r\n");
	}

}
