package bi.ppsm.site.zone;

/** A province or commune of Burundi, or a wider scope of intervention. */
public enum ZoneKind {

	PROVINCE, COMMUNE, ALL_PROVINCES, NATIONAL, REGIONAL, INTERNATIONAL;

	public boolean isProvince() {
		return this == PROVINCE;
	}

}
