package bi.ppsm.site.system;

/**
 * How Markdown shows an image of the media library, written {@code ![alt text](/images/42)}:
 * a feature that knows the images implements it (the media library does), so that this
 * package depends on no feature.
 */
public interface MarkdownImages {

	/**
	 * The HTML of image {@code id} ({@code <picture>} with its renditions), or null when there
	 * is no such image or a public page may not show it.
	 * @param altText the text between the brackets; empty: the library's alt text
	 */
	String picture(long id, String altText);

}
