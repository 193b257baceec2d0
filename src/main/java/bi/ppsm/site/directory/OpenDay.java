package bi.ppsm.site.directory;

/** A day a service point is open, by its iCalendar code (HSDS schedules use them). */
public enum OpenDay {

	MO, TU, WE, TH, FR, SA, SU

}
