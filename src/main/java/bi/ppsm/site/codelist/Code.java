package bi.ppsm.site.codelist;

/** One entry of an IATI codelist: its code, its English name and its French name when the list gives one. */
public record Code(String code, String name, String frenchName) {

	/** The French name, else the English one. */
	public String label() {
		return (this.frenchName != null) ? this.frenchName : this.name;
	}

	/** The code and its name, for a choice list: "12340 · Promotion de la santé mentale et du bien-être". */
	public String codeAndLabel() {
		return this.code + " · " + label();
	}

}
