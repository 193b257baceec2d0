package bi.ppsm.site.revision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code revision} (db/V56). */
@Repository
class RevisionStore {

	/** Form components that are not part of a record's state. */
	static final Set<String> NOT_STATE = Set.of("version", "file", "confirmSectors");

	private final JdbcClient jdbc;

	RevisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static Revision revision(ResultSet rs, int row) throws SQLException {
		return new Revision(rs.getInt("number"), rs.getTimestamp("created_at").toInstant(), rs.getString("actor"),
				(Integer) rs.getObject("restored_from"), rs.getBoolean("initial"), rs.getString("state"));
	}

	/** All the record's revisions, latest first, without their states. */
	List<Revision> list(String type, long id) {
		return list(type, id, 0, Integer.MAX_VALUE);
	}

	/** At most {@code limit} of the record's revisions from {@code offset}, latest first, without their states. */
	List<Revision> list(String type, long id, long offset, int limit) {
		return this.jdbc.sql("select number, created_at, actor, restored_from, initial, null as state "
				+ "from revision where entity_type = ? and entity_id = ? order by number desc offset ? limit ?")
			.params(type, id, offset, limit)
			.query(RevisionStore::revision)
			.list();
	}

	Optional<Revision> find(String type, long id, int number) {
		return this.jdbc.sql("select number, created_at, actor, restored_from, initial, state::text as state "
				+ "from revision where entity_type = ? and entity_id = ? and number = ?")
			.params(type, id, number)
			.query(RevisionStore::revision)
			.optional();
	}

	Optional<Revision> latest(String type, long id) {
		return this.jdbc.sql("select number, created_at, actor, restored_from, initial, state::text as state "
				+ "from revision where entity_type = ? and entity_id = ? order by number desc limit 1")
			.params(type, id)
			.query(RevisionStore::revision)
			.optional();
	}

	/** The {@code name} of a record of {@code table} (a table a feature names in its code, never input). */
	Optional<String> name(String table, long id) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException(table);
		}
		return this.jdbc.sql("select name from " + table + " where id = ?").params(id).query(String.class).optional();
	}

	int count(String type, long id) {
		return this.jdbc.sql("select count(*) from revision where entity_type = ? and entity_id = ?")
			.params(type, id)
			.query(Integer.class)
			.single();
	}

	/** A new revision, numbered after the record's last one; returns its number. */
	int insert(String type, long id, Instant at, String actor, Integer restoredFrom, boolean initial, String state) {
		return this.jdbc.sql("insert into revision (entity_type, entity_id, number, created_at, actor, restored_from, "
				+ "initial, state) values (?, ?, (select coalesce(max(number), 0) + 1 from revision "
				+ "where entity_type = ? and entity_id = ?), ?, ?, ?, ?, ?::jsonb) returning number")
			.params(type, id, type, id, Timestamp.from(at), actor, restoredFrom, initial, state)
			.query(Integer.class)
			.single();
	}

	/** Deletes all but the record's {@code keep} latest revisions (never the latest). */
	int prune(String type, long id, int keep) {
		return this.jdbc.sql("delete from revision where entity_type = ? and entity_id = ? and number <= "
				+ "(select max(number) from revision where entity_type = ? and entity_id = ?) - ?")
			.params(type, id, type, id, Math.max(keep, 1))
			.update();
	}

	/** Applies the retention to every record; returns how many revisions went. */
	int pruneAll(int keep) {
		return this.jdbc.sql("delete from revision r using (select entity_type, entity_id, max(number) as last "
				+ "from revision group by entity_type, entity_id) m where r.entity_type = m.entity_type "
				+ "and r.entity_id = m.entity_id and r.number <= m.last - ?")
			.params(Math.max(keep, 1))
			.update();
	}

}
