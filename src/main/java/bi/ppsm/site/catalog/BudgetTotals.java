package bi.ppsm.site.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import bi.ppsm.site.project.BudgetKind;
import bi.ppsm.site.project.BudgetLine;
import bi.ppsm.site.project.Project;

/** Sums of budget lines by currency; amounts in different currencies are never added up. */
final class BudgetTotals {

	private BudgetTotals() {
	}

	/** The total budgets of the projects, by currency (the projects' "total budget" lines). */
	static Map<String, BigDecimal> of(List<Project> projects) {
		Map<String, BigDecimal> totals = new TreeMap<>();
		for (Project project : projects) {
			for (BudgetLine line : project.getBudgetLines()) {
				if (line.getKind() == BudgetKind.TOTAL) {
					totals.merge(line.getCurrency(), line.getAmount(), BigDecimal::add);
				}
			}
		}
		return totals;
	}

}
