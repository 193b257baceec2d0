package bi.ppsm.site.codelist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A codelist as IATI publishes it: its active codes in the published order. */
public final class Codelist {

	private final String name;

	private final Map<String, Code> codes;

	Codelist(String name, List<Code> codes) {
		this.name = name;
		Map<String, Code> byCode = new LinkedHashMap<>();
		codes.forEach(c -> byCode.put(c.code(), c));
		this.codes = byCode;
	}

	public String name() {
		return this.name;
	}

	public Collection<Code> codes() {
		return this.codes.values();
	}

	public boolean contains(String code) {
		return code != null && this.codes.containsKey(code);
	}

	public Optional<Code> find(String code) {
		return Optional.ofNullable((code != null) ? this.codes.get(code) : null);
	}

	/** The French (else English) name of a code, or the code itself when the list does not hold it. */
	public String label(String code) {
		return find(code).map(Code::label).orElse(code);
	}

	/** The name of a code in the page's language: English on English pages, French otherwise (IATI has no Kirundi names). */
	public String label(String code, java.util.Locale locale) {
		return find(code).map(c -> (locale != null && "en".equals(locale.getLanguage())) ? c.name() : c.label())
			.orElse(code);
	}

	/** The given codes first, in their order, then every other code of the list. */
	public List<Code> withFirst(List<String> first) {
		List<Code> result = new ArrayList<>();
		first.stream().map(this.codes::get).filter(c -> c != null).forEach(result::add);
		this.codes.values().stream().filter(c -> !first.contains(c.code())).forEach(result::add);
		return result;
	}

	/** The given codes the list holds, in the given order. */
	public List<Code> only(List<String> codes) {
		return codes.stream().map(this.codes::get).filter(c -> c != null).toList();
	}

	/** Every code of the list but the given ones. */
	public List<Code> without(List<String> codes) {
		return this.codes.values().stream().filter(c -> !codes.contains(c.code())).toList();
	}

}
