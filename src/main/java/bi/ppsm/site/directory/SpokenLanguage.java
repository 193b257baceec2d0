package bi.ppsm.site.directory;

/** A language spoken at a service point, with its ISO 639-1 code (for the open data). */
public enum SpokenLanguage {

	KIRUNDI("rn"), FRENCH("fr"), SWAHILI("sw"), ENGLISH("en");

	private final String code;

	SpokenLanguage(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
