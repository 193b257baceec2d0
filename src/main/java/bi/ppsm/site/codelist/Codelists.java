package bi.ppsm.site.codelist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The IATI codelists the site uses, read at start from the XML files IATI publishes (copied in
 * {@code src/main/resources/iati/codelists}, refreshed by replacing a file): activity status,
 * sector (OECD DAC 5 digits), currency, organisation role and type, and the others the export needs.
 * Only active codes are kept (withdrawn ones carry {@code status="withdrawn"}).
 */
@Component
public class Codelists {

	public static final String ACTIVITY_STATUS = "ActivityStatus";

	public static final String SECTOR = "Sector";

	public static final String CURRENCY = "Currency";

	public static final String ORGANISATION_ROLE = "OrganisationRole";

	public static final String ORGANISATION_TYPE = "OrganisationType";

	public static final String RESULT_TYPE = "ResultType";

	public static final String LANGUAGE = "Language";

	/** The sectors of the PPSM's work, offered before the others. */
	public static final List<String> USUAL_SECTORS = List.of("12340", "15160", "15180", "16010", "72010", "15190",
			"12220", "11130");

	/** The currencies the PPSM's projects are funded in, offered before the others. */
	public static final List<String> USUAL_CURRENCIES = List.of("BIF", "USD", "EUR", "CHF", "GBP", "SEK", "NOK",
			"DKK", "JPY", "CAD");

	private static final List<String> NAMES = List.of(ACTIVITY_STATUS, SECTOR, CURRENCY, ORGANISATION_ROLE,
			ORGANISATION_TYPE, RESULT_TYPE, LANGUAGE);

	private final Map<String, Codelist> lists = new ConcurrentHashMap<>();

	public Codelists() {
		NAMES.forEach(n -> this.lists.put(n, read(n)));
	}

	public Codelist get(String name) {
		Codelist list = this.lists.get(name);
		if (list == null) {
			throw new IllegalArgumentException("unknown codelist " + name);
		}
		return list;
	}

	public Codelist sectors() {
		return get(SECTOR);
	}

	public Codelist currencies() {
		return get(CURRENCY);
	}

	/** Sectors for a choice list: the usual ones first. */
	public List<Code> sectorChoices() {
		return sectors().withFirst(USUAL_SECTORS);
	}

	/** Currencies for a choice list: the usual ones first. */
	public List<Code> currencyChoices() {
		return currencies().withFirst(USUAL_CURRENCIES);
	}

	static Codelist read(String name) {
		ClassPathResource resource = new ClassPathResource("iati/codelists/" + name + ".xml");
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		try (InputStream in = resource.getInputStream()) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			List<Code> codes = new ArrayList<>();
			String code = null;
			String english = null;
			String french = null;
			boolean active = true;
			boolean inName = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "codelist-item" -> {
							code = null;
							english = null;
							french = null;
							active = !"withdrawn".equals(xml.getAttributeValue(null, "status"));
						}
						case "code" -> code = xml.getElementText().strip();
						case "name" -> inName = true;
						case "narrative" -> {
							if (inName) {
								String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
								String text = xml.getElementText().strip();
								if ("fr".equals(lang)) {
									french = text;
								}
								else if (lang == null || "en".equals(lang)) {
									english = text;
								}
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if ("name".equals(xml.getLocalName())) {
						inName = false;
					}
					else if ("codelist-item".equals(xml.getLocalName()) && code != null && active) {
						codes.add(new Code(code, (english != null) ? english : code, french));
					}
				}
			}
			xml.close();
			return new Codelist(name, codes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("codelist " + name, ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("codelist " + name + " is not readable", ex);
		}
	}

}
