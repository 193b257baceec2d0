package bi.ppsm.site.project;

/** What a budget line's amount is: the project's total budget, one funder's share of it, or what was disbursed to date. */
public enum BudgetKind {

	TOTAL, FUNDER_SHARE, DISBURSED

}
