package bi.ppsm.site.search;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The site search: PostgreSQL full-text search over {@code search_document} (db/V52, kept
 * current by triggers), with {@code websearch_to_tsquery} (any text is a valid query),
 * {@code ts_rank} and {@code ts_headline}. French pages search the French rows with
 * {@code ppsm_french}; English pages the English rows, whose untranslated fields are French, with
 * both configurations. Only what visitors may see now is found ({@link SearchKind}).
 * <p>
 * No transaction: the counts and the page of results are two plain statements, and a change
 * committed between them costs at most a count that is one off until the next search (a
 * transaction would cost more than both statements' planning).
 */
@Service
public class SiteSearch {

	public static final int PAGE_SIZE = 10;

	private static final String TITLE_OPTIONS = "HighlightAll=true, " + Excerpt.MARKERS;

	private static final String BODY_OPTIONS = "MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \", "
			+ Excerpt.MARKERS;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final RecentResults recent;

	SiteSearch(NamedParameterJdbcTemplate jdbc, Clock clock, RecentResults recent) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.recent = recent;
	}

	/** One hit: its kind, where it leads, its title and an excerpt with the words found marked. */
	public record Hit(SearchKind kind, String path, Excerpt title, Excerpt excerpt, String lang) {
	}

	/** A page of hits of one kind (null: all), with the number of hits of every kind. */
	public record Results(List<Hit> hits, Map<SearchKind, Long> counts, long total, int page, int pages) {

		/** Kept and shared between requests ({@link RecentResults}): never changed once made. */
		public Results {
			hits = List.copyOf(hits);
			counts = Collections.unmodifiableMap(counts);
		}

		static Results none() {
			return new Results(List.of(), new EnumMap<>(SearchKind.class), 0, 0, 0);
		}

		public long count(SearchKind kind) {
			return this.counts.getOrDefault(kind, 0L);
		}

		/** Hits of every kind, whatever the chosen one. */
		public long all() {
			return this.counts.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * {@code english}: the English rows; otherwise the French ones. {@code page} counts from 0.
	 * The same search asked again before the next content change is answered from memory ({@link RecentResults}).
	 */
	public Results search(String raw, SearchKind kind, int page, boolean english) {
		SearchQuery query = SearchQuery.of(raw);
		if (query.isEmpty()) {
			return Results.none();
		}
		return this.recent.get(new RecentResults.Key(query.text(), kind, page, english),
				() -> find(query, kind, page, english));
	}

	private Results find(SearchQuery query, SearchKind kind, int page, boolean english) {
		String tsquery = english
				? "(websearch_to_tsquery('ppsm_english', :q) || websearch_to_tsquery('ppsm_french', :q))"
				: "websearch_to_tsquery('ppsm_french', :q)";
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("q", query.text())
			.addValue("lang", english ? "en" : "fr")
			.addValue("now", this.clock.instant().atOffset(ZoneOffset.UTC));
		String matching = " from search_document d where d.lang = :lang and d.document @@ " + tsquery + " and ";
		Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
		this.jdbc.query("select d.kind, count(*)" + matching + visible(null) + " group by d.kind", params,
				rs -> {
					counts.put(SearchKind.ofStored(rs.getString(1)), rs.getLong(2));
				});
		long total = (kind != null) ? counts.getOrDefault(kind, 0L)
				: counts.values().stream().mapToLong(Long::longValue).sum();
		int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		if (total == 0) {
			return new Results(List.of(), counts, 0, 0, 0);
		}
		params.addValue("limit", PAGE_SIZE)
			.addValue("offset", current * PAGE_SIZE)
			.addValue("cfg", english ? "ppsm_english" : "ppsm_french")
			.addValue("titleOptions", TITLE_OPTIONS)
			.addValue("bodyOptions", BODY_OPTIONS);
		String sql = "with hits as (select d.kind, d.entity_id, d.title, d.body, d.path, ts_rank(d.document, "
				+ tsquery + ") as rank" + matching + visible(kind)
				+ " order by rank desc, d.title, d.entity_id limit :limit offset :offset)"
				+ " select h.kind, h.path, ts_headline(cast(:cfg as regconfig), h.title, " + tsquery
				+ ", :titleOptions) as title, ts_headline(cast(:cfg as regconfig), h.body, " + tsquery
				+ ", :bodyOptions) as excerpt, exists (select 1 from search_document f where f.kind = h.kind"
				+ " and f.entity_id = h.entity_id and f.lang = 'fr' and f.title = h.title) as french"
				+ " from hits h order by h.rank desc, h.title, h.entity_id";
		List<Hit> hits = this.jdbc.query(sql, params,
				(rs, n) -> new Hit(SearchKind.ofStored(rs.getString("kind")), rs.getString("path"),
						Excerpt.parse(rs.getString("title")), Excerpt.parse(rs.getString("excerpt")),
						(english && !rs.getBoolean("french")) ? "en" : "fr"));
		return new Results(hits, counts, total, current, pages);
	}

	/** What visitors may see: of one kind, or of every kind (null). */
	private static String visible(SearchKind kind) {
		return (kind != null) ? kind.visibleClause()
				: Arrays.stream(SearchKind.values()).map(SearchKind::visibleClause)
					.collect(Collectors.joining(" or ", "(", ")"));
	}

}
