package bi.ppsm.site.revision;

import java.time.Instant;

/**
 * One kept state of a record.
 * @param number its rank among the record's revisions, from 1
 * @param restoredFrom the number of the revision a restore brought back, or null
 * @param initial the state the record had before its first tracked save
 * @param state the record's form as JSON, without its version
 */
public record Revision(int number, Instant createdAt, String actor, Integer restoredFrom, boolean initial, String state) {
}
