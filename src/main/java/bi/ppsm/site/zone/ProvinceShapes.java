package bi.ppsm.site.zone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The drawn provinces of Burundi's two maps, as SVG path data by zone slug, read once from
 * {@code zones/provinces-2015.svg-paths} and {@code zones/provinces-2025.svg-paths} (made by
 * {@code zones/make_svg_paths.py}; sources in {@code zones/SOURCES.md}).
 */
@Component
public class ProvinceShapes {

	/** The map years the site can draw, the current one first. */
	public static final List<Integer> YEARS = List.of(2025, 2015);

	private final Map<Integer, Drawing> drawings = new LinkedHashMap<>();

	public ProvinceShapes() {
		YEARS.forEach(year -> this.drawings.put(year, read("zones/provinces-" + year + ".svg-paths")));
	}

	/** The drawing of a map year; an unknown year has none. */
	public Drawing of(int year) {
		return this.drawings.getOrDefault(year, new Drawing("0 0 0 0", Map.of()));
	}

	static Drawing read(String resource) {
		Map<String, String> paths = new LinkedHashMap<>();
		String viewBox = null;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t", 2);
				if (parts[0].equals("viewBox")) {
					viewBox = parts[1];
				}
				else {
					paths.put(parts[0], parts[1]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
		return new Drawing(viewBox, Collections.unmodifiableMap(paths));
	}

	/** The box of a drawing ("0 0 300 350") and the path of each province by slug. */
	public record Drawing(String viewBox, Map<String, String> paths) {
	}

}
