package bi.ppsm.site.organisation;

/**
 * The part an organisation plays in a programme or project, as IATI's OrganisationRole codelist
 * names it: funding (1), accountable (2), extending (3), implementing (4). The seeded roles keep
 * their names: a funder is IATI's funding role, a partner its implementing one.
 */
public enum Role {

	FUNDER("1"), PARTNER("4"), ACCOUNTABLE("2"), EXTENDING("3");

	private final String iatiCode;

	Role(String iatiCode) {
		this.iatiCode = iatiCode;
	}

	/** The code of the role in IATI's OrganisationRole codelist. */
	public String iatiCode() {
		return this.iatiCode;
	}

}
