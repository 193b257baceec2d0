package bi.ppsm.site.news;

/** How staff publish an item from its form: keep it a draft, publish it now, or at a date and time. */
enum Publication {

	/** Not public: only staff see it. */
	DRAFT,

	/** Public from the save (an item already public keeps its date). */
	NOW,

	/** Public from the date and time typed (in the past: dated back). */
	AT_DATE

}
