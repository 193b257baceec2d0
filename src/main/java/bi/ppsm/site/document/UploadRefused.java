package bi.ppsm.site.document;

/**
 * A file the upload checks refuse; {@code code} names the French message
 * ({@code admin.validation.document.file.<code>}).
 */
class UploadRefused extends Exception {

	private final String code;

	UploadRefused(String code) {
		super(code, null, false, false);
		this.code = code;
	}

	String code() {
		return this.code;
	}

}
