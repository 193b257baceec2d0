package bi.ppsm.site.iati;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seed's sector proposal (12340 for every programme), as db/V34 made it. Other suites save
 * programmes through forms without sector rows and commit, which rightly clears it; tests that
 * rely on it restore it in their own transaction, rolled back with them.
 */
public final class ProposedSectors {

	private ProposedSectors() {
	}

	public static void restore(JdbcTemplate jdbc) {
		jdbc.update("delete from programme_sector");
		jdbc.update("insert into programme_sector (programme_id, code, percentage, proposed, position) "
				+ "select id, '12340', 100, true, 1 from programme");
	}

}
