package bi.ppsm.site.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the settings' documentation honest: the Javadoc of {@link PpsmProperties} becomes the
 * build's configuration metadata, and README section 3 lists exactly that tree.
 */
class SettingsDocumentationTests {

	static final Pattern VARIABLE = Pattern.compile("`(PPSM_[A-Z0-9_]+)`");

	static final Pattern PROPERTY = Pattern.compile("`(ppsm\\.[a-z0-9.-]+)`");

	/** The ppsm.* entries of the metadata generated at compile time, by name. */
	static Map<String, Map<String, Object>> metadata() throws IOException {
		Map<String, Map<String, Object>> properties = new java.util.TreeMap<>();
		for (URL url : Collections.list(SettingsDocumentationTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				List<Map<String, Object>> entries = JsonPath.read(in, "$.properties[*]");
				entries.stream()
					.filter((entry) -> ((String) entry.get("name")).startsWith("ppsm."))
					.forEach((entry) -> properties.put((String) entry.get("name"), entry));
			}
		}
		return properties;
	}

	/** PPSM_MAIL_OUTBOX_MAX_ATTEMPTS for ppsm.mail.outbox.max-attempts. */
	static String variable(String property) {
		return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}

	static String section3() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		int start = readme.indexOf("## 3. Configure it");
		int end = readme.indexOf("\n## 4.", start);
		assertThat(start).as("README section 3").isNotNegative();
		return readme.substring(start, (end > 0) ? end : readme.length());
	}

	@Test
	void theTreeIsInTheMetadata() throws IOException {
		assertThat(metadata()).containsKeys("ppsm.base-url", "ppsm.admin.email", "ppsm.admin.password",
				"ppsm.secure-cookies", "ppsm.embedded-db.dir", "ppsm.mail.outbox.interval");
	}

	@Test
	void everySettingHasADescription() throws IOException {
		assertThat(metadata().values()).allSatisfy((entry) -> assertThat((String) entry.get("description"))
			.as("description of %s", entry.get("name"))
			.isNotBlank()
			.doesNotContain("{@"));
	}

	@Test
	void everySettingIsInTheReadme() throws IOException {
		String section = section3();
		assertThat(metadata().keySet()).allSatisfy((name) -> assertThat(
				section.contains("`" + variable(name) + "`") || section.contains("`" + name + "`"))
			.as("README section 3 lists %s (or %s)", variable(name), name)
			.isTrue());
	}

	@Test
	void theReadmeListsNoOtherSetting() throws IOException {
		Set<String> known = new TreeSet<>();
		metadata().keySet().forEach((name) -> {
			known.add(name);
			known.add(variable(name));
		});
		Set<String> listed = new TreeSet<>();
		String section = section3();
		for (Pattern pattern : List.of(VARIABLE, PROPERTY)) {
			Matcher matcher = pattern.matcher(section);
			while (matcher.find()) {
				listed.add(matcher.group(1));
			}
		}
		assertThat(listed).isNotEmpty();
		assertThat(known).containsAll(listed);
	}

}
