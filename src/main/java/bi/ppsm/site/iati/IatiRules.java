package bi.ppsm.site.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import bi.ppsm.site.codelist.Codelists;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.programme.SectorShare;
import bi.ppsm.site.project.BudgetKind;
import bi.ppsm.site.project.BudgetLine;
import bi.ppsm.site.project.ProjectChecklist.Item;

/**
 * The IATI ruleset rules (IATI/IATI-Rulesets, standard.json for 2.03) that apply to what the
 * site exports, plus what the schema needs: an identifier that starts with the reporting
 * organisation's (or a previous one's), a start date, dates in order, no actual date in the
 * future, sectors whose percentages add up to 100, a known currency, budgets of at most one
 * year, transactions with a real date that is not in the future and a provider, indicator
 * periods with their start before their end. Blocking items keep the activity out of the file;
 * the others are remarks.
 */
final class IatiRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Characters an IATI identifier may not hold (IATI guidance: no spaces, /, &, | or ?). */
	private static final Pattern BAD_IDENTIFIER = Pattern.compile("[\\s/&|?]");

	private IatiRules() {
	}

	static List<Item> check(Activity a, String organisation, LocalDate today, Codelists codelists) {
		List<Item> items = new ArrayList<>();
		if (!a.published()) {
			items.add(blocking(a.isProgramme() ? "draftProgramme" : "draft"));
		}
		String identifier = a.identifier(organisation);
		if (!identifierStartsWithOrganisation(identifier, organisation, a.previousOrganisation(organisation))) {
			items.add(blocking("identifierPrefix", identifier, organisation));
		}
		if (BAD_IDENTIFIER.matcher(identifier).find()) {
			items.add(blocking("identifierCharacters", identifier));
		}
		checkDates(a, today, items);
		checkSectors(a.sectors(), codelists, items);
		for (BudgetLine line : a.budgets()) {
			if (!codelists.currencies().contains(line.getCurrency())) {
				items.add(blocking("currencyUnknown", line.getCurrency()));
			}
			else if (line.getKind() != BudgetKind.TOTAL) {
				LocalDate date = transactionDate(line);
				if (date == null) {
					items.add(remark("transactionNoDate", line.label()));
				}
				else if (date.isAfter(today)) {
					items.add(remark("transactionFuture", line.label(), date.toString()));
				}
				else if (line.getFunder() == null) {
					items.add(remark("transactionNoFunder", line.label()));
				}
			}
			else if (!budgetPeriodFits(line.getCoveredPeriod())) {
				items.add(remark(line.getCoveredPeriod().getStart() == null || line.getCoveredPeriod().getEnd() == null
						? "budgetNoPeriod" : "budgetTooLong", line.label()));
			}
		}
		return items;
	}

	/** Ruleset: the iati-identifier starts with the reporting-org's ref, or with a previous reporting org's (other-identifier B1). */
	static boolean identifierStartsWithOrganisation(String identifier, String organisation, String previous) {
		return identifier.startsWith(organisation + "-") || (previous != null && identifier.startsWith(previous));
	}

	/** Ruleset: a budget's period-end is at most one year after its period-start, and not before it. */
	static boolean budgetPeriodFits(Period period) {
		if (period.getStart() == null || period.getEnd() == null) {
			return false;
		}
		LocalDate start = period.getStart();
		LocalDate end = lastDay(period.getEnd(), period.getEndPrecision());
		return !end.isBefore(start) && !end.isAfter(start.plusYears(1).minusDays(1));
	}

	/**
	 * The date a funder's share or a disbursement line is reported on as a transaction: the
	 * start of its period for a commitment (the share is committed when the period begins), the
	 * last day of its period for what was disbursed to date. Null when that date is unknown:
	 * a transaction needs a real date, none is invented.
	 */
	static LocalDate transactionDate(BudgetLine line) {
		Period period = line.getCoveredPeriod();
		return switch (line.getKind()) {
			case FUNDER_SHARE -> period.getStart();
			case DISBURSED -> (period.getEnd() != null) ? lastDay(period.getEnd(), period.getEndPrecision()) : null;
			case TOTAL -> null;
		};
	}

	/**
	 * Ruleset: a transaction-date (and its value-date) is not in the future, and a transaction
	 * names its provider-org (the line's funder).
	 */
	static boolean transactionFits(BudgetLine line, LocalDate today) {
		LocalDate date = transactionDate(line);
		return date != null && !date.isAfter(today) && line.getFunder() != null;
	}

	/** IATI TransactionType: 11 incoming commitment for a funder's share, 1 incoming funds for what was disbursed to the PPSM. */
	static String transactionType(BudgetKind kind) {
		return (kind == BudgetKind.FUNDER_SHARE) ? "11" : "1";
	}

	/** Ruleset: an indicator period has a start and an end, the start before the end. */
	static boolean resultPeriodFits(Period period) {
		return period.getStart() != null && period.getEnd() != null
				&& period.getStart().isBefore(lastDay(period.getEnd(), period.getEndPrecision()));
	}

	/**
	 * Remarks on the results of an exported activity: a period row without both dates (or in the
	 * wrong order) stays out of the file; an actual value of a period not started yet is left out.
	 */
	static List<Item> checkResults(List<bi.ppsm.site.result.KeyResult> results, LocalDate today) {
		List<Item> items = new ArrayList<>();
		for (bi.ppsm.site.result.KeyResult r : results) {
			for (bi.ppsm.site.result.ResultPeriod p : r.getPeriods()) {
				String name = (p.getLabel() != null) ? p.getLabel()
						: (p.getPeriod().getStart() != null) ? p.getPeriod().getStart().toString() : "";
				if (!resultPeriodFits(p.getPeriod())) {
					items.add(remark("resultPeriodNoDates", r.getStatement(), name));
				}
				else if (p.getActualValue() != null && p.getPeriod().getStart().isAfter(today)) {
					items.add(remark("resultPeriodActualFuture", r.getStatement(), name));
				}
			}
		}
		return items;
	}

	/** Ruleset: with several sectors of one vocabulary their percentages add up to 100. */
	static boolean sectorPercentagesAddUp(List<SectorShare> sectors) {
		if (sectors.size() <= 1) {
			return sectors.isEmpty() || sectors.get(0).getPercentage() == null
					|| sectors.get(0).getPercentage().compareTo(HUNDRED) == 0;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (SectorShare s : sectors) {
			if (s.getPercentage() == null) {
				return false;
			}
			sum = sum.add(s.getPercentage());
		}
		return sum.compareTo(HUNDRED) == 0;
	}

	/** The last day a date of the given precision may mean: an end of "2025" is 31 December 2025. */
	static LocalDate lastDay(LocalDate date, DatePrecision precision) {
		return switch ((precision != null) ? precision : DatePrecision.DAY) {
			case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
			case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
			case DAY -> date;
		};
	}

	private static void checkDates(Activity a, LocalDate today, List<Item> items) {
		if (a.planned().getStart() == null && a.actual().getStart() == null) {
			items.add(blocking("noStart"));
		}
		if (a.planned().endsBeforeItStarts()) {
			items.add(blocking("plannedOrder"));
		}
		if (a.actual().endsBeforeItStarts()) {
			items.add(blocking("actualOrder"));
		}
		// ruleset: activity-date types 2 and 4 (actual) are not after today
		if (a.actual().getStart() != null && a.actual().getStart().isAfter(today)) {
			items.add(blocking("actualStartFuture", a.actual().getStart().toString()));
		}
		if (a.actual().getEnd() != null && lastDay(a.actual().getEnd(), a.actual().getEndPrecision()).isAfter(today)) {
			items.add(blocking("actualEndFuture", lastDay(a.actual().getEnd(), a.actual().getEndPrecision()).toString()));
		}
	}

	private static void checkSectors(List<SectorShare> sectors, Codelists codelists, List<Item> items) {
		if (sectors.isEmpty()) {
			items.add(blocking("noSector"));
			return;
		}
		for (SectorShare s : sectors) {
			if (!codelists.sectors().contains(s.getCode())) {
				items.add(blocking("sectorUnknown", s.getCode()));
			}
			if (s.isProposed()) {
				items.add(remark("sectorProposed", s.getCode() + " · " + codelists.sectors().label(s.getCode())));
			}
		}
		if (!sectorPercentagesAddUp(sectors)) {
			items.add(blocking("sectorSum"));
		}
	}

	static Item blocking(String code, String... args) {
		return new Item(code, List.of(args), true);
	}

	static Item remark(String code, String... args) {
		return new Item(code, List.of(args), false);
	}

}
