package bi.ppsm.site.news;

import bi.ppsm.site.media.Image;

/**
 * The image social networks show for a shared page ({@code og:image}): an absolute URL of a JPEG
 * rendition (up to 1080 px wide), its size and its text alternative.
 */
public record SharingImage(String url, int width, int height, String alt) {

	static SharingImage of(Image image, String base) {
		int width = image.widthUpTo(1080);
		return new SharingImage(base + image.path(width, "jpg"), width, image.heightAt(width),
				image.isDecorative() ? null : image.getAltText());
	}

}
