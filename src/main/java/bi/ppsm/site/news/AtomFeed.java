package bi.ppsm.site.news;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import bi.ppsm.site.system.Markdown;

/**
 * An Atom 1.0 feed (RFC 4287) of news items, written with StAX so that every text and
 * attribute is escaped. Entries are identified by a tag URI (RFC 4151) built from the site's
 * host, the item's creation day and its id, so that a new slug does not make it a new entry.
 */
final class AtomFeed {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private static final String XML = "http://www.w3.org/XML/1998/namespace";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private AtomFeed() {
	}

	/**
	 * @param base the site's absolute base URL, without trailing slash
	 * @param selfPath the feed's own path; {@code alternatePath} the HTML page it mirrors
	 * @param fallbackUpdated the feed's date when it has no entry
	 */
	static String write(String base, String selfPath, String alternatePath, String title, String subtitle,
			List<NewsItem> items, Instant fallbackUpdated, Markdown markdown) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("xml", XML, "lang", "fr");
			xml.writeAttribute("xml", XML, "base", base + "/");
			element(xml, "id", base + selfPath);
			element(xml, "title", title);
			if (subtitle != null) {
				element(xml, "subtitle", subtitle);
			}
			Instant updated = items.stream().map(AtomFeed::updated).max(Instant::compareTo).orElse(fallbackUpdated);
			element(xml, "updated", timestamp(updated));
			link(xml, "self", base + selfPath, "application/atom+xml");
			link(xml, "alternate", base + alternatePath, "text/html");
			xml.writeStartElement("author");
			element(xml, "name", title);
			xml.writeEndElement();
			String host = host(base);
			for (NewsItem item : items) {
				xml.writeStartElement("entry");
				element(xml, "id", "tag:" + host + "," + DAY.format(item.getCreatedAt().atOffset(ZoneOffset.UTC))
						+ ":actualites/" + item.getId());
				element(xml, "title", item.getTitle());
				element(xml, "published", timestamp(item.getPublishAt()));
				element(xml, "updated", timestamp(updated(item)));
				link(xml, "alternate", base + "/actualites/" + item.getSlug(), "text/html");
				element(xml, "summary", item.getSummary());
				xml.writeStartElement("content");
				xml.writeAttribute("type", "html");
				xml.writeCharacters(clean(markdown.html(item.getBody())));
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Atom feed not written", ex);
		}
		return out.toString();
	}

	/** The later of its last change and its publication: never before it was published. */
	private static Instant updated(NewsItem item) {
		Instant changed = item.getUpdatedAt();
		return (changed == null || changed.isBefore(item.getPublishAt())) ? item.getPublishAt() : changed;
	}

	private static String host(String base) {
		try {
			String host = URI.create(base).getHost();
			return (host != null) ? host : "localhost";
		}
		catch (IllegalArgumentException ex) {
			return "localhost";
		}
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/** XML 1.0 has no place for most control characters: they are dropped. */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| c >= 0x10000)
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

}
