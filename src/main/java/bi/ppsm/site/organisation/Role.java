package bi.ppsm.site.organisation;

/** The part an organisation plays in a programme or project. */
public enum Role {

	FUNDER, PARTNER

}
