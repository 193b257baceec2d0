package bi.ppsm.site.zone;

/** A province of Burundi, or a wider scope of intervention. */
public enum ZoneKind {

	PROVINCE, ALL_PROVINCES, NATIONAL, REGIONAL, INTERNATIONAL;

	public boolean isProvince() {
		return this == PROVINCE;
	}

}
