package bi.ppsm.site.iati;

/** The schema validation, for the tests of other packages. */
public final class IatiSchemasAccess {

	private IatiSchemasAccess() {
	}

	public static void validateActivities(String xml) throws Exception {
		IatiSchemas.validateActivities(xml);
	}

}
