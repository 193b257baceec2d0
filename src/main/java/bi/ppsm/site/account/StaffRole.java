package bi.ppsm.site.account;

/** What a staff member may do; each role is the Spring authority {@code ROLE_<name>}. */
public enum StaffRole {

	/** Everything, including accounts and the audit log. */
	ADMINISTRATOR,
	/** All content of the site. */
	EDITOR,
	/** Contact messages only. */
	INBOX_HANDLER,
	/**
	 * The staff of a member organisation: proposes changes to that organisation's sheet and
	 * service points, which wait for an administrator's or editor's approval.
	 */
	MEMBER_CONTRIBUTOR;

	public String authority() {
		return "ROLE_" + name();
	}

}
