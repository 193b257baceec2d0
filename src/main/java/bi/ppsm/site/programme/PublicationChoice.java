package bi.ppsm.site.programme;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.system.Publication;
import bi.ppsm.site.system.PublicationFields;

/** The publication choice of a programme or project form, read from the record and applied to it. */
public final class PublicationChoice {

	private PublicationChoice() {
	}

	/** A draft; published with no start date: "now"; otherwise: at its date. */
	public static Publication of(PublishedContent content) {
		if (!content.isPublished()) {
			return Publication.DRAFT;
		}
		return (content.getPublishFrom() == null) ? Publication.NOW : Publication.AT_DATE;
	}

	/** Sets the flag and both dates from the (checked) form, noting what changed. */
	public static Changes apply(PublicationFields form, PublishedContent c, Changes changes) {
		return changes.set("published", c.isPublished(), form.publishedChoice(), c::setPublished)
			.set("publishFrom", c.getPublishFrom(), form.publishFromInstant(), c::setPublishFrom)
			.set("publishUntil", c.getPublishUntil(), form.publishUntilInstant(), c::setPublishUntil);
	}

}
