package bi.ppsm.site.media;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import bi.ppsm.site.system.MarkdownImages;

/**
 * Library images inside Markdown texts: the same {@code <picture>} as the template fragment
 * {@code fragments/media :: picture}, lazy, as wide as the text column. Only images a public
 * page may show are drawn.
 */
@Component
class PictureMarkup implements MarkdownImages {

	static final String SIZES = "(min-width: 48rem) 720px, 100vw";

	private final ImageLibrary library;

	PictureMarkup(ImageLibrary library) {
		this.library = library;
	}

	@Override
	public String picture(long id, String altText) {
		return this.library.publishable(id).map(image -> html(image, altText)).orElse(null);
	}

	static String html(Image image, String altText) {
		String alt = image.isDecorative() ? "" : (altText != null && !altText.isBlank()) ? altText : image.getAltText();
		int width = image.widthUpTo(720);
		return "<picture><source type=\"image/webp\" srcset=\"" + image.srcset("webp") + "\" sizes=\"" + SIZES + "\">"
				+ "<img src=\"" + image.path(width, "jpg") + "\" srcset=\"" + image.srcset("jpg") + "\" sizes=\"" + SIZES
				+ "\" width=\"" + width + "\" height=\"" + image.heightAt(width) + "\" alt=\""
				+ HtmlUtils.htmlEscape((alt != null) ? alt : "") + "\" loading=\"lazy\" decoding=\"async\"></picture>";
	}

}
