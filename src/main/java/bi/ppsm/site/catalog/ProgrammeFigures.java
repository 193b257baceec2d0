package bi.ppsm.site.catalog;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import bi.ppsm.site.project.ProjectRepository;

/**
 * The totals of a programme's page summed by PostgreSQL over all its projects and results, however
 * many there are (issue 19): the page itself shows only the first projects. The same sums as
 * {@link BudgetTotals} and {@link Catalog.ResultTotal} compute in Java for a programme not saved yet.
 */
@Component
class ProgrammeFigures {

	/** Of the visible projects the programme leads or that contribute to it, as its page lists them. */
	private static final String OF_PROGRAMME = ProjectRepository.VISIBLE_SQL
			+ " and (project.programme_id = :id or exists (select 1 from project_programme pp"
			+ " where pp.project_id = project.id and pp.programme_id = :id))";

	private static final String BUDGET = """
			select b.currency, sum(b.amount) from budget_line b join project on project.id = b.project_id
			where b.kind = 'TOTAL' and b.amount is not null and b.currency is not null and %s
			group by b.currency""".formatted(OF_PROGRAMME);

	/** Units compared as {@code strip().toLowerCase()}; shown as the first result's, in the list's order. */
	private static final String RESULTS = """
			select (array_agg(btrim(unit, E' \\t\\n\\r') order by position, id))[1] as unit,
			    sum(achieved_value) as achieved, sum(expected_value) as expected, count(*) as n
			from key_result
			where programme_id = :id and achieved_value is not null and expected_value is not null
			    and btrim(coalesce(unit, ''), E' \\t\\n\\r') <> ''
			group by lower(btrim(unit, E' \\t\\n\\r'))
			having count(*) > 1
			order by min(position), min(id)""";

	private final NamedParameterJdbcTemplate jdbc;

	ProgrammeFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How many visible projects it has. */
	long projectCount(long programmeId, Instant now) {
		Long count = this.jdbc.queryForObject("select count(*) from project where " + OF_PROGRAMME,
				new MapSqlParameterSource("id", programmeId).addValue("now", Timestamp.from(now)), Long.class);
		return (count != null) ? count : 0;
	}

	/** The total budgets of its visible projects, by currency. */
	Map<String, BigDecimal> budgetTotals(long programmeId, Instant now) {
		Map<String, BigDecimal> totals = new TreeMap<>();
		this.jdbc.query(BUDGET, new MapSqlParameterSource("id", programmeId).addValue("now", Timestamp.from(now)),
				(RowCallbackHandler) row -> totals.put(row.getString(1), row.getBigDecimal(2)));
		return totals;
	}

	/** Reached against expected, summed by unit over its results (units of two results or more). */
	List<Catalog.ResultTotal> resultTotals(long programmeId) {
		return this.jdbc.query(RESULTS, new MapSqlParameterSource("id", programmeId),
				(row, n) -> new Catalog.ResultTotal(row.getString("unit"), row.getBigDecimal("achieved"),
						row.getBigDecimal("expected"), row.getInt("n")));
	}

}
