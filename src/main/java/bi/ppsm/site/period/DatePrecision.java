package bi.ppsm.site.period;

/** How much of a date the source gives: a year ("2017"), a month ("avril 2020") or a day. */
public enum DatePrecision {

	YEAR, MONTH, DAY

}
