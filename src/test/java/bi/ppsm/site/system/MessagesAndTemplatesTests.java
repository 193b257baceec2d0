package bi.ppsm.site.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a visitor or staff member reads goes through the message bundles: templates hold
 * no literal text, every language has every key of the French base file, and the bundles are
 * valid UTF-8.
 */
class MessagesAndTemplatesTests {

	private static final Path BUNDLES = Path.of("templates-i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> MACHINE_META = Set.of("viewport", "robots", "twitter:card", "og:type");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Attributes a person reads or hears; they must come from th:* with a message key. */
	private static final Set<String> READABLE_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label",
			"aria-description", "content", "value", "label");

	@Test
	void bundlesAreValidUtf8() throws IOException {
		for (Path bundle : bundles()) {
			byte[] bytes = Files.readAllBytes(bundle);
			try {
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes));
			}
			catch (CharacterCodingException ex) {
				throw new AssertionError(bundle + " is not valid UTF-8", ex);
			}
		}
	}

	@Test
	void everyLanguageHasEveryKeyOfTheFrenchBase() throws IOException {
		Properties base = load(BUNDLES.resolve("messages.properties"));
		assertThat(base).isNotEmpty();
		for (Path bundle : bundles()) {
			if (bundle.getFileName().toString().equals("messages.properties")) {
				continue;
			}
			Properties other = load(bundle);
			Set<String> missing = new TreeSet<>();
			base.stringPropertyNames().stream().filter(k -> !other.containsKey(k)).forEach(missing::add);
			if (!bundle.getFileName().toString().equals("messages_rn.properties")) {
				assertThat(missing).as("keys missing from %s", bundle).isEmpty();
			}
			Set<String> unknown = new TreeSet<>(other.stringPropertyNames());
			unknown.removeAll(base.stringPropertyNames());
			assertThat(unknown).as("keys of %s that the French base does not have", bundle).isEmpty();
		}
	}

	/** Kirundi covers at least the navigation, the contact page and the 116 box. */
	@Test
	void kirundiCoversNavigationContactAndHelpline() throws IOException {
		Properties base = load(BUNDLES.resolve("messages.properties"));
		Properties kirundi = load(BUNDLES.resolve("messages_rn.properties"));
		Set<String> missing = new TreeSet<>();
		base.stringPropertyNames()
			.stream()
			.filter(k -> k.startsWith("nav.") || k.startsWith("lang.") || k.startsWith("helpline.")
					|| k.startsWith("contact.") || k.equals("layout.skip"))
			// page descriptions belong to the page, which stays French on a Kirundi page
			.filter(k -> !k.endsWith(".description"))
			.filter(k -> !kirundi.containsKey(k))
			.forEach(missing::add);
		assertThat(missing).as("keys missing from messages_rn.properties").isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Document doc = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
				for (Element element : doc.getAllElements()) {
					for (TextNode text : element.textNodes()) {
						if (LETTER.matcher(text.text()).find() && !isCode(element)) {
							problems.add(TEMPLATES.relativize(template) + ": text \"" + text.text().strip() + "\"");
						}
					}
					for (Attribute attribute : element.attributes()) {
						if (READABLE_ATTRIBUTES.contains(attribute.getKey()) && !isMachineReadable(element)
								&& LETTER.matcher(attribute.getValue()).find()) {
							problems.add(TEMPLATES.relativize(template) + ": attribute " + attribute.getKey() + "=\""
									+ attribute.getValue() + "\"");
						}
					}
				}
			}
		}
		assertThat(problems).as("literal text in templates (use #{...} keys)").isEmpty();
	}

	/** Meta values read by browsers and robots only ({@code viewport}, {@code og:type}...). */
	private static boolean isMachineReadable(Element element) {
		return element.tagName().equals("meta") && (MACHINE_META.contains(element.attr("name"))
				|| MACHINE_META.contains(element.attr("property")));
	}

	private static boolean isCode(Element element) {
		return element.tagName().equals("script") || element.tagName().equals("style");
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(f -> f.getFileName().toString().matches("messages(_[a-z]{2})?\\.properties"))
				.sorted()
				.toList();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle)) {
			properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		return properties;
	}

}
