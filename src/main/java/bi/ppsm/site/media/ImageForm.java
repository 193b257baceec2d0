package bi.ppsm.site.media;

import jakarta.validation.constraints.Size;

/**
 * An image's description as staff edit it: the alt text is required unless the image is
 * decorative (checked by the controller, which knows both fields).
 */
record ImageForm(@Size(max = 300) String altText, Boolean decorative, @Size(max = 500) String caption,
		@Size(max = 200) String credit, Boolean showsPeople, Boolean consentRecorded, Integer version) {

	static ImageForm from(Image image) {
		return new ImageForm(image.getAltText(), image.isDecorative(), image.getCaption(), image.getCredit(),
				image.isShowsPeople(), image.isConsentRecorded(), image.getVersion());
	}

	boolean decorativeTicked() {
		return Boolean.TRUE.equals(this.decorative);
	}

}
