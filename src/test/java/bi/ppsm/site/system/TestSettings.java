package bi.ppsm.site.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Builds the settings tree for tests that create a class by hand: the defaults plus a few values. */
public final class TestSettings {

	private TestSettings() {
	}

	/** The tree bound from "name=value" pairs ({@code ppsm.page-cache.max-bytes=64KB}). */
	public static PpsmProperties of(String... pairs) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : pairs) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		return bind(new Binder(new MapConfigurationPropertySource(values)));
	}

	static PpsmProperties bind(Binder binder) {
		return binder.bindOrCreate("ppsm", PpsmProperties.class);
	}

}
