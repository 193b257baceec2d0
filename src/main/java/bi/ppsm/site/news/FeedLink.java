package bi.ppsm.site.news;

/**
 * A feed announced in a page's head ({@code <link rel="alternate" type="application/atom+xml">}),
 * besides the site-wide one every page announces: the model attribute {@code feed}.
 */
public record FeedLink(String title, String path) {

	/** The feed of a programme's news. */
	public static FeedLink ofProgramme(String slug, String name) {
		return new FeedLink(name, "/programmes/" + slug + "/actualites.atom");
	}

}
