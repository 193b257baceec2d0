package bi.ppsm.site.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal and the dashboard name records, actions and fields as the forms do, for every
 * entity type, action and field the code base writes to the audit log, and fall back on a
 * generic word for anything else.
 */
class AuditWordingTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private final AuditWording wording = new AuditWording(bundles());

	@BeforeEach
	void french() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aChangeNamesTheRecordAndItsFieldsAsTheFormsDo() {
		assertThat(sentence("UPDATE", "programme", "Rapatriement", "summary, period"))
			.isEqualTo("Programme « Rapatriement » modifié : résumé, dates");
		assertThat(sentence("UPDATE", "programme", "Rapatriement", "published, position"))
			.isEqualTo("Programme « Rapatriement » modifié : publication, ordre");
	}

	@Test
	void actionsAgreeWithTheKindOfRecord() {
		assertThat(sentence("CREATE", "key-result", "Enfants suivis", "statement, unit"))
			.isEqualTo("Résultat clé « Enfants suivis » créé");
		assertThat(sentence("MOVE", "service", "Plaidoyer", "position")).isEqualTo("Service « Plaidoyer » déplacé");
		assertThat(sentence("DELETE", "zone", "Gitega", null)).isEqualTo("Zone « Gitega » supprimée");
		assertThat(sentence("UPDATE", "settings", "PPSM", "phone"))
			.isEqualTo("Paramètres du site « PPSM » modifiés : téléphone");
		assertThat(sentence("READ", "message", "Aline – Question", null)).isEqualTo("Message « Aline – Question » lu");
		assertThat(sentence("PASSWORD", "account", "a@test", "password"))
			.isEqualTo("Compte « a@test » : mot de passe changé");
	}

	@Test
	void unknownTypesActionsAndFieldsReadAsGenericWords() {
		String sentence = sentence("UPDATE", "widget", "Truc", "name, fooBar, bazQux");
		assertThat(sentence).isEqualTo("Fiche « Truc » modifiée : nom, autres champs");
		assertThat(this.wording.type("widget")).isEqualTo("Fiche");
		assertThat(this.wording.action("FROBNICATE")).isEqualTo("action");
		assertThat(sentence("FROBNICATE", "programme", "Rapatriement", null))
			.isEqualTo("Programme « Rapatriement » : modification enregistrée");
	}

	@Test
	void fieldsWithAValueReadInWords() {
		assertThat(this.wording.fields("status=SPAM")).isEqualTo("statut : indésirable");
		assertThat(this.wording.fields("assignedTo=-")).isEqualTo("attribution : personne");
		assertThat(this.wording.fields("assignedTo=a@test")).isEqualTo("attribution : a@test");
	}

	@Test
	void everyEntityTypeWrittenInTheCodeBaseHasAFrenchName() throws IOException {
		Set<String> types = found(Pattern.compile("record\\(\\s*\"[A-Z_]+\",\\s*\"([a-z-]+)\""),
				Pattern.compile("new OrderedList\\(\\w+,\\s*\"([a-z-]+)\""),
				Pattern.compile("super\\(entries, audit, BASE, \"([a-z-]+)\""),
				Pattern.compile("ENTITY = \"([a-z-]+)\""));
		assertThat(types).contains("programme", "project", "key-result", "objective", "phase", "service", "figure",
				"zone", "target-group", "mission", "perspective", "organisation", "settings", "account", "message");
		ResourceBundleMessageSource bundles = bundles();
		for (String type : types) {
			assertThat(bundles.getMessage("admin.audit.type." + type, null, null, Locale.FRENCH)).as(type).isNotNull();
			assertThat(bundles.getMessage("admin.audit.gender." + type, null, null, Locale.FRENCH)).as(type).isNotNull();
			assertThat(this.wording.type(type)).as(type).isNotEqualTo(type).doesNotContain("-");
		}
	}

	@Test
	void everyActionAndFieldWrittenInTheCodeBaseHasFrenchWords() throws IOException {
		Set<String> actions = found(Pattern.compile("record\\(\\s*\"([A-Z_]+)\""),
				Pattern.compile("MessageStatus\\.\\w+, \"([A-Z_]+)\""));
		Set<String> fields = found(Pattern.compile("\\.(?:set|changed)\\(\\s*\"([A-Za-z]+)\""),
				Pattern.compile("List\\.of\\(\"([A-Za-z]+)\""), Pattern.compile("List\\.of\\([^)]*?, \"([A-Za-z]+)\""),
				Pattern.compile("List\\.of\\([^)]*?, \"[A-Za-z]+\", \"([A-Za-z]+)\""),
				Pattern.compile("List\\.of\\(\"([A-Za-z]+)=\""));
		assertThat(actions).contains("CREATE", "UPDATE", "DELETE", "MOVE", "READ", "REPLY", "EXPORT", "SPAM");
		assertThat(fields).contains("summary", "published", "period", "position", "password", "status", "asOf");
		ResourceBundleMessageSource bundles = bundles();
		for (String action : actions) {
			assertThat(bundles.getMessage("admin.audit.action." + action, null, null, Locale.FRENCH)).as(action)
				.isNotNull();
			assertThat(bundles.getMessage("admin.audit.done." + action, null, null, Locale.FRENCH)).as(action)
				.isNotNull();
		}
		for (String field : fields) {
			assertThat(bundles.getMessage("admin.audit.field." + field, null, null, Locale.FRENCH)).as(field).isNotNull();
			assertThat(this.wording.fields(field)).as(field).isNotEqualTo("autres champs");
		}
	}

	private String sentence(String action, String type, String label, String fields) {
		return this.wording.sentence(new AuditEntry(Instant.EPOCH, "a@test", action, type, "1", label, fields));
	}

	/** What the patterns capture in the main sources, in files that write to the audit log. */
	private static Set<String> found(Pattern... patterns) throws IOException {
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				if (Stream.of("audit.record(", "OrderedList(", "Changes", "ENTITY =", "super(entries, audit", "inbox.setStatus(")
					.noneMatch(source::contains)) {
					continue;
				}
				for (Pattern pattern : patterns) {
					Matcher matcher = pattern.matcher(source);
					while (matcher.find()) {
						found.add(matcher.group(1));
					}
				}
			}
		}
		return found;
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasename("i18n/messages");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}

}
