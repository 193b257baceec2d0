package bi.ppsm.site.document;

/** What kind of document it is; visitors filter by it ("Rapport annuel", "Étude"...). */
public enum DocumentCategory {

	RAPPORT_ANNUEL, RAPPORT_PROJET, ETUDE, EVALUATION, GUIDE_OUTIL, AUTRE;

	/** The category of that name, or null for anything else (a mistyped filter). */
	static DocumentCategory parse(String value) {
		for (DocumentCategory category : values()) {
			if (category.name().equals(value)) {
				return category;
			}
		}
		return null;
	}

}
