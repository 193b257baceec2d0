package bi.ppsm.site.iati;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import bi.ppsm.site.codelist.Codelists;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.programme.SectorShare;
import bi.ppsm.site.project.BudgetKind;
import bi.ppsm.site.project.BudgetLine;
import bi.ppsm.site.project.ProjectChecklist.Item;

import static org.assertj.core.api.Assertions.assertThat;

/** Each IATI ruleset rule the export applies, with a case that passes and one that fails. */
class IatiRulesTests {

	static final String ORG = "BI-NIF-4000123456";

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	static final Codelists CODELISTS = new Codelists();

	@Test
	void aCompleteActivityHasNothingToFix() {
		assertThat(codes(activity())).isEmpty();
	}

	@Test
	void theIdentifierStartsWithTheOrganisationsOrAPreviousOnes() {
		assertThat(IatiRules.identifierStartsWithOrganisation(ORG + "-PROJ1", ORG, null)).isTrue();
		assertThat(IatiRules.identifierStartsWithOrganisation("BI-NIF-1-PROJ1", ORG, null)).isFalse();
		assertThat(IatiRules.identifierStartsWithOrganisation("BI-NIF-1-PROJ1", ORG, "BI-NIF-1")).isTrue();
		// a frozen identifier under an earlier organisation identifier names it as the previous one
		Activity frozen = with(activity(), "BI-NIF-1-PROJ7");
		assertThat(frozen.previousOrganisation(ORG)).isEqualTo("BI-NIF-1");
		assertThat(codes(frozen)).isEmpty();
		assertThat(codes(with(activity(), "XX PROJ/7"))).contains("identifierCharacters");
	}

	@Test
	void anActivityNeedsAStartDate() {
		assertThat(codes(dates(new Period(null, null, null, null), Period.UNKNOWN))).containsExactly("noStart");
	}

	@Test
	void datesComeInOrder() {
		assertThat(codes(dates(new Period(LocalDate.of(2024, 1, 1), DatePrecision.YEAR, LocalDate.of(2023, 1, 1),
				DatePrecision.YEAR), Period.UNKNOWN))).containsExactly("plannedOrder");
		assertThat(codes(dates(Period.UNKNOWN, new Period(LocalDate.of(2024, 5, 1), DatePrecision.MONTH,
				LocalDate.of(2024, 4, 1), DatePrecision.MONTH)))).containsExactly("actualOrder");
	}

	@Test
	void noActualDateIsInTheFuture() {
		assertThat(codes(dates(Period.UNKNOWN, new Period(LocalDate.of(2027, 1, 1), DatePrecision.DAY, null, null))))
			.containsExactly("actualStartFuture");
		// an actual end of "2026" means 31 December 2026, still to come
		assertThat(codes(dates(Period.UNKNOWN, new Period(LocalDate.of(2024, 1, 1), DatePrecision.YEAR,
				LocalDate.of(2026, 1, 1), DatePrecision.YEAR)))).containsExactly("actualEndFuture");
		assertThat(codes(dates(Period.UNKNOWN, new Period(LocalDate.of(2024, 1, 1), DatePrecision.YEAR,
				LocalDate.of(2026, 11, 1), DatePrecision.DAY)))).isEmpty();
	}

	@Test
	void sectorPercentagesAddUpTo100() {
		assertThat(codes(sectors(List.of(new SectorShare("12340", new BigDecimal("60")),
				new SectorShare("15190", new BigDecimal("30")))))).containsExactly("sectorSum");
		assertThat(codes(sectors(List.of(new SectorShare("12340", new BigDecimal("60")),
				new SectorShare("15190", new BigDecimal("40")))))).isEmpty();
		assertThat(codes(sectors(List.of()))).containsExactly("noSector");
		assertThat(codes(sectors(List.of(new SectorShare("99999", new BigDecimal("100")))))).containsExactly("sectorUnknown");
	}

	@Test
	void theCurrencyIsOneOfIatis() {
		Activity a = activity();
		a.budgets().add(line(BudgetKind.TOTAL, "ZZZ", year(2024)));
		assertThat(codes(a)).containsExactly("currencyUnknown");
		Activity b = activity();
		b.budgets().add(line(BudgetKind.TOTAL, "EUR", year(2024)));
		assertThat(codes(b)).isEmpty();
		// the file always declares its language and default currency
		assertThat(IatiXml.LANGUAGE).isEqualTo("fr");
		assertThat(CODELISTS.currencies().contains(IatiXml.DEFAULT_CURRENCY)).isTrue();
	}

	@Test
	void budgetPeriodsAreAtMostOneYear() {
		assertThat(IatiRules.budgetPeriodFits(year(2024))).isTrue();
		assertThat(IatiRules.budgetPeriodFits(new Period(LocalDate.of(2024, 7, 1), DatePrecision.DAY,
				LocalDate.of(2025, 6, 30), DatePrecision.DAY))).isTrue();
		assertThat(IatiRules.budgetPeriodFits(new Period(LocalDate.of(2024, 7, 1), DatePrecision.DAY,
				LocalDate.of(2025, 7, 1), DatePrecision.DAY))).isFalse();
		assertThat(IatiRules.budgetPeriodFits(new Period(LocalDate.of(2024, 1, 1), DatePrecision.YEAR,
				LocalDate.of(2025, 1, 1), DatePrecision.YEAR))).isFalse();
		assertThat(IatiRules.budgetPeriodFits(Period.UNKNOWN)).isFalse();
		Activity a = activity();
		a.budgets().add(line(BudgetKind.TOTAL, "BIF", new Period(LocalDate.of(2023, 1, 1), DatePrecision.YEAR,
				LocalDate.of(2027, 1, 1), DatePrecision.YEAR)));
		a.budgets().add(line(BudgetKind.DISBURSED, "BIF", year(2024)));
		a.budgets().get(1).setFunder(new bi.ppsm.site.organisation.Organisation("pplm", "PPLM", "Pain pour le Monde"));
		// not blocking: the line is only left out of the file; the disbursement is a transaction
		assertThat(check(a)).extracting(Item::code, Item::blocking)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("budgetTooLong", false));
	}

	@Test
	void aTransactionHasARealDateThatIsNotInTheFuture() {
		// a funder's share is committed at its period's start, a disbursement dated by its period's end
		assertThat(IatiRules.transactionDate(line(BudgetKind.FUNDER_SHARE, "EUR", year(2024))))
			.isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(IatiRules.transactionDate(line(BudgetKind.DISBURSED, "EUR", year(2024))))
			.isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(IatiRules.transactionType(BudgetKind.FUNDER_SHARE)).isEqualTo("11");
		assertThat(IatiRules.transactionType(BudgetKind.DISBURSED)).isEqualTo("1");
		bi.ppsm.site.organisation.Organisation funder = new bi.ppsm.site.organisation.Organisation("pplm", "PPLM",
				"Pain pour le Monde");
		Activity fine = activity();
		fine.budgets().add(line(BudgetKind.FUNDER_SHARE, "EUR", year(2026)));
		fine.budgets().add(line(BudgetKind.DISBURSED, "EUR", new Period(LocalDate.of(2026, 1, 1), DatePrecision.DAY,
				TODAY, DatePrecision.DAY)));
		fine.budgets().forEach(l -> l.setFunder(funder));
		assertThat(codes(fine)).isEmpty();
		assertThat(fine.budgets()).allMatch(l -> IatiRules.transactionFits(l, TODAY));
		// failing case: the ruleset wants a provider-org, so a line without its funder stays out
		Activity anonymous = activity();
		anonymous.budgets().add(line(BudgetKind.DISBURSED, "EUR", year(2025)));
		assertThat(codes(anonymous)).containsExactly("transactionNoFunder");
		assertThat(IatiRules.transactionFits(anonymous.budgets().get(0), TODAY)).isFalse();
		// failing cases: no date at all, a disbursement dated after today (the end of 2026), a share starting next year
		Activity a = activity();
		a.budgets().add(line(BudgetKind.DISBURSED, "EUR", Period.UNKNOWN));
		a.budgets().add(line(BudgetKind.DISBURSED, "EUR", year(2026)));
		a.budgets().add(line(BudgetKind.FUNDER_SHARE, "EUR", year(2027)));
		a.budgets().add(line(BudgetKind.FUNDER_SHARE, "EUR", new Period(null, null, LocalDate.of(2025, 1, 1),
				DatePrecision.YEAR)));
		assertThat(check(a)).extracting(Item::code, Item::blocking)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("transactionNoDate", false),
					org.assertj.core.groups.Tuple.tuple("transactionFuture", false),
					org.assertj.core.groups.Tuple.tuple("transactionFuture", false),
					org.assertj.core.groups.Tuple.tuple("transactionNoDate", false));
		assertThat(check(a).get(1).args()).endsWith("2026-12-31");
	}

	@Test
	void anIndicatorPeriodHasItsStartBeforeItsEndAndNoActualValueBeforeItStarts() {
		assertThat(IatiRules.resultPeriodFits(year(2024))).isTrue();
		// failing cases: no end, a one-day period (start not before end), an end before the start
		assertThat(IatiRules.resultPeriodFits(new Period(LocalDate.of(2024, 1, 1), DatePrecision.YEAR, null, null)))
			.isFalse();
		assertThat(IatiRules.resultPeriodFits(new Period(LocalDate.of(2024, 3, 1), DatePrecision.DAY,
				LocalDate.of(2024, 3, 1), DatePrecision.DAY))).isFalse();
		assertThat(IatiRules.resultPeriodFits(new Period(LocalDate.of(2024, 3, 1), DatePrecision.DAY,
				LocalDate.of(2023, 1, 1), DatePrecision.YEAR))).isFalse();
		bi.ppsm.site.result.KeyResult result = new bi.ppsm.site.result.KeyResult(
				new bi.ppsm.site.programme.Programme("p", "P", "R"), "Enfants réunifiés");
		bi.ppsm.site.result.ResultPeriod done = new bi.ppsm.site.result.ResultPeriod(result);
		done.setPeriod(year(2024));
		done.setActualValue(BigDecimal.TEN);
		bi.ppsm.site.result.ResultPeriod undated = new bi.ppsm.site.result.ResultPeriod(result);
		undated.setLabel("Phase 3");
		undated.setTargetValue(BigDecimal.TEN);
		bi.ppsm.site.result.ResultPeriod future = new bi.ppsm.site.result.ResultPeriod(result);
		future.setLabel("2027");
		future.setPeriod(year(2027));
		future.setActualValue(BigDecimal.ONE);
		result.getPeriods().addAll(List.of(done, undated, future));
		assertThat(IatiRules.checkResults(List.of(result), TODAY)).extracting(Item::code, Item::blocking)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("resultPeriodNoDates", false),
					org.assertj.core.groups.Tuple.tuple("resultPeriodActualFuture", false));
	}

	@Test
	void aProposedSectorIsARemarkNotABlocker() {
		SectorShare proposed = new SectorShare("12340", new BigDecimal("100"));
		org.springframework.test.util.ReflectionTestUtils.setField(proposed, "proposed", true);
		assertThat(check(sectors(List.of(proposed)))).singleElement().satisfies(i -> {
			assertThat(i.code()).isEqualTo("sectorProposed");
			assertThat(i.blocking()).isFalse();
		});
	}

	@Test
	void aDraftIsLeftOut() {
		Activity a = activity();
		Activity draft = new Activity(a.kind(), a.id(), a.slug(), a.suffix(), null, 2, a.title(), null, "2", a.planned(),
				a.actual(), a.sectors(), List.of(), new ArrayList<>(), null, Instant.now(), false);
		assertThat(codes(draft)).containsExactly("draft");
	}

	private static List<Item> check(Activity a) {
		return IatiRules.check(a, ORG, TODAY, CODELISTS);
	}

	private static List<String> codes(Activity a) {
		return check(a).stream().map(Item::code).toList();
	}

	private static Activity activity() {
		return new Activity("project", 7, "tura-utuze", "PROJ7", null, 2, "Tura Utuze", null, "2",
				new Period(LocalDate.of(2023, 1, 1), DatePrecision.YEAR, LocalDate.of(2027, 1, 1), DatePrecision.YEAR),
				new Period(LocalDate.of(2023, 3, 1), DatePrecision.MONTH, null, null),
				List.of(new SectorShare("12340", new BigDecimal("100"))), List.of(), new ArrayList<>(), 1L,
				Instant.now(), true);
	}

	private static Activity with(Activity a, String frozen) {
		return new Activity(a.kind(), a.id(), a.slug(), a.suffix(), frozen, a.hierarchy(), a.title(), a.description(),
				a.status(), a.planned(), a.actual(), a.sectors(), a.organisations(), a.budgets(), a.parentId(),
				a.updatedAt(), a.published());
	}

	private static Activity dates(Period planned, Period actual) {
		Activity a = activity();
		return new Activity(a.kind(), a.id(), a.slug(), a.suffix(), null, 2, a.title(), null, "2", planned, actual,
				a.sectors(), List.of(), new ArrayList<>(), null, a.updatedAt(), true);
	}

	private static Activity sectors(List<SectorShare> sectors) {
		Activity a = activity();
		return new Activity(a.kind(), a.id(), a.slug(), a.suffix(), null, 2, a.title(), null, "2", a.planned(),
				a.actual(), sectors, List.of(), new ArrayList<>(), null, a.updatedAt(), true);
	}

	private static Period year(int year) {
		return new Period(LocalDate.of(year, 1, 1), DatePrecision.YEAR, LocalDate.of(year, 1, 1), DatePrecision.YEAR);
	}

	private static BudgetLine line(BudgetKind kind, String currency, Period period) {
		BudgetLine line = new BudgetLine(null, kind, new BigDecimal("1000"), currency);
		line.setPeriod(period);
		return line;
	}

}
