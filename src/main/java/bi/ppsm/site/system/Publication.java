package bi.ppsm.site.system;

/**
 * How staff publish a record from its form (a news item, a programme, a project): keep it a
 * draft, publish it now, or from a date and time.
 */
public enum Publication {

	/** Not public: only staff see it. */
	DRAFT,

	/** Public from the save (a record already public keeps its date). */
	NOW,

	/** Public from the date and time typed (in the past: dated back). */
	AT_DATE

}
