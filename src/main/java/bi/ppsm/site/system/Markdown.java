package bi.ppsm.site.system;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Long texts are written in Markdown. They become HTML here, and that HTML is sanitised: no
 * script, no event handler, no style ever reaches a visitor, whatever the text holds.
 * Templates use it as {@code th:utext="${@markdown.html(text)}"}. An image of the media library,
 * {@code ![alt text](/images/42)}, becomes its responsive {@code <picture>} (see
 * {@link MarkdownImages}); any other image address shows nothing but its alt text.
 */
@Component
public class Markdown {

	/** A rendition of the media library: the only image address that passes the sanitiser. */
	private static final String MEDIA = "/medias/[0-9a-f]{8,32}/[0-9]{1,5}\\.(?:webp|jpg)";

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
				"code", "pre", "hr", "br")
			.toFactory())
		.and(new HtmlPolicyBuilder().allowElements("picture", "source", "img")
			.allowUrlProtocols("https")
			.allowAttributes("src")
			.matching(Pattern.compile(MEDIA))
			.onElements("img")
			.allowAttributes("srcset")
			.matching(Pattern.compile(MEDIA + " [0-9]{1,5}w(?: ?, ?" + MEDIA + " [0-9]{1,5}w)*"))
			.onElements("img", "source")
			.allowAttributes("sizes")
			.matching(Pattern.compile("[0-9a-z(): ,.-]{1,100}"))
			.onElements("img", "source")
			.allowAttributes("type")
			.matching(Pattern.compile("image/webp"))
			.onElements("source")
			.allowAttributes("width", "height")
			.matching(Pattern.compile("[0-9]{1,5}"))
			.onElements("img")
			.allowAttributes("loading")
			.matching(Pattern.compile("lazy"))
			.onElements("img")
			.allowAttributes("decoding")
			.matching(Pattern.compile("async"))
			.onElements("img")
			.allowAttributes("alt")
			.onElements("img")
			.toFactory());

	private static final Pattern LIBRARY_IMAGE = Pattern.compile("/images/([0-9]{1,18})");

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer;

	public Markdown(ObjectProvider<MarkdownImages> images) {
		this.renderer = HtmlRenderer.builder()
			.escapeHtml(true)
			.nodeRendererFactory(context -> new ImageRenderer(context, images.getIfAvailable()))
			.build();
	}

	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

	/** Images: a library image as its {@code <picture>}, anything else as its alt text only. */
	private static final class ImageRenderer implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		private final MarkdownImages images;

		ImageRenderer(HtmlNodeRendererContext context, MarkdownImages images) {
			this.context = context;
			this.images = images;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Image.class);
		}

		@Override
		public void render(Node node) {
			Image image = (Image) node;
			String alt = altText(image);
			Matcher library = LIBRARY_IMAGE.matcher(image.getDestination());
			String picture = null;
			if (library.matches() && this.images != null) {
				picture = this.images.picture(Long.parseLong(library.group(1)), alt);
			}
			if (picture != null) {
				this.context.getWriter().raw(picture);
			}
			else if (!alt.isEmpty()) {
				this.context.getWriter().text(alt);
			}
		}

		private static String altText(Image image) {
			StringBuilder text = new StringBuilder();
			for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
				collect(child, text);
			}
			return text.toString().strip();
		}

		private static void collect(Node node, StringBuilder text) {
			if (node instanceof Text literal) {
				text.append(literal.getLiteral());
			}
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				collect(child, text);
			}
		}

	}

}
