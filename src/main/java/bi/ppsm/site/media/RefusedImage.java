package bi.ppsm.site.media;

/**
 * An upload that is not stored, with the reason staff read on the form: the key of a French
 * message under {@code admin.image.refused.*}.
 */
public class RefusedImage extends Exception {

	private static final long serialVersionUID = 1L;

	private final String reason;

	RefusedImage(String reason) {
		super(reason, null, false, false);
		this.reason = reason;
	}

	/** The message key, e.g. {@code admin.image.refused.notImage}. */
	public String messageKey() {
		return "admin.image.refused." + this.reason;
	}

	public String reason() {
		return this.reason;
	}

}
