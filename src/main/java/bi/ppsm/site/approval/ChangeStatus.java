package bi.ppsm.site.approval;

/** Where a proposed change stands: waiting, applied, or refused with a reason. */
public enum ChangeStatus {

	PENDING, APPROVED, REFUSED

}
