package bi.ppsm.site.iati;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.springframework.core.io.ClassPathResource;

/** The official IATI 2.03 schemas (test resources, with their licence), loaded offline. */
final class IatiSchemas {

	private IatiSchemas() {
	}

	static void validateActivities(String xml) throws Exception {
		validate("iati/iati-activities-schema.xsd", xml);
	}

	static void validateOrganisation(String xml) throws Exception {
		validate("iati/iati-organisations-schema.xsd", xml);
	}

	private static void validate(String schema, String xml) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		// the schemas include iati-common.xsd and import xml.xsd next to them: local files only
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		Schema compiled = factory.newSchema(new StreamSource(new ClassPathResource(schema).getURL().toExternalForm()));
		Validator validator = compiled.newValidator();
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		validator.validate(new StreamSource(new StringReader(xml)));
	}

}
